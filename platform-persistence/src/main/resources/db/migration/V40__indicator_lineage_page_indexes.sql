-- Lineage of a turnover point, a page at a time (decision 0055): the page is read region by region in its order
-- (registration date, then number), so each region's index holds that order and the first page of a city's year
-- reads some fifty rows per district instead of sorting every contract of the year. Its count no longer scans
-- these indexes (it is the roll-ups' count), so the columns V35 included for index-only counts go.
drop index technology_contract_output_idx;
create index technology_contract_output_idx
    on technology_contract ((case when filer_role = 'SELLER' then seller_region_code end), registered_on,
        registration_no) where status = 'REGISTERED';
drop index technology_contract_absorption_idx;
create index technology_contract_absorption_idx
    on technology_contract (buyer_region_code, registered_on, registration_no) where status = 'REGISTERED';
drop index external_contract_registration_buyer_idx;
create index external_contract_registration_buyer_idx
    on external_contract_registration (buyer_region_code, registered_on, registration_no);
