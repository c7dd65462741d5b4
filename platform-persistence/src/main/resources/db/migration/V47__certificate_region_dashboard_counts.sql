-- The dashboard's two certificate counts (decision 0060): the high-tech enterprises of a region today and the renewal
-- pipeline read the certificates of the region from one index range instead of joining every enterprise of the
-- region with the certificates (a district at 100,000 enterprises: 19,198 enterprises against 22,573 certificates).
--
-- A certificate carries its enterprise's region. It cannot drift: the pair (enterprise, region) is a foreign key to
-- the enterprise's own pair, cascaded when the enterprise moves to another region, and a writer that leaves the
-- region out (every writer: the portal, the API, the imports, the generators) gets it filled from the enterprise.
alter table enterprise add constraint enterprise_id_region_key unique (id, region_code);

alter table high_tech_certification add column region_code varchar(6);
update high_tech_certification h set region_code = e.region_code from enterprise e where e.id = h.enterprise_id;
alter table high_tech_certification alter column region_code set not null;
alter table high_tech_certification add constraint high_tech_certification_enterprise_region_fkey
    foreign key (enterprise_id, region_code) references enterprise (id, region_code) on update cascade;

create function high_tech_certification_region() returns trigger
    language plpgsql as
$$
begin
    if new.region_code is null then
        select e.region_code into new.region_code from enterprise e where e.id = new.enterprise_id;
    end if;
    return new;
end;
$$;
create trigger high_tech_certification_region
    before insert on high_tech_certification
    for each row execute function high_tech_certification_region();

-- "In force today" and "ending within the window" of a region, both index-only: the region's certificates not yet
-- ended, in the order of their last day, with what the two counts test (and the id, which a JPA count counts).
create index high_tech_certification_region_idx on high_tech_certification (region_code, expires_on)
    include (enterprise_id, issued_on, revoked_on, id);
-- The pipeline's "no later certificate" test per enterprise, index-only too.
drop index high_tech_certification_enterprise_idx;
create index high_tech_certification_enterprise_idx on high_tech_certification (enterprise_id, issued_on)
    include (revoked_on);

-- The review queue's two counts (awaiting a decision, and of those overdue) count the contract's id: with it in the
-- queue index they are index-only too (a district's queue: 8 buffers instead of a heap fetch per contract).
drop index technology_contract_queue_idx;
create index technology_contract_queue_idx on technology_contract (seller_region_code, status, due_on) include (id);
