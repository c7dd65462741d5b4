-- Registrations of other offices, imported, count in every by= dimension of contract-turnover and in the
-- technology-market tables' absorption, not only in the totals (issue 13; decisions 0035, 0036).

-- The registration form's fields the national export may carry; left out, the row counts in the group UNKNOWN of
-- the dimension (type and field are required; the flow follows from the parties' regions).
alter table external_contract_registration
    add column seller_nature varchar(30) check (seller_nature in ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
        'MEDICAL_INSTITUTION', 'OTHER_PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY', 'SOCIAL_ORGANISATION', 'INDIVIDUAL',
        'FOREIGN')),
    add column buyer_nature varchar(30) check (buyer_nature in ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
        'MEDICAL_INSTITUTION', 'OTHER_PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY', 'SOCIAL_ORGANISATION', 'INDIVIDUAL')),
    add column ip_type varchar(20) check (ip_type in ('PATENT', 'PATENT_APPLICATION', 'SOFTWARE_COPYRIGHT',
        'IC_LAYOUT', 'PLANT_VARIETY', 'BIOMEDICAL_VARIETY', 'TECHNICAL_SECRET', 'NONE')),
    add column plan_source varchar(12) check (plan_source in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT',
        'NONE'));

-- The groups' one definition (V22), with the seller's place apart from the output region: a registration of
-- another office has no output here (output_region null) but its seller still decides the buyer's flow
-- (seller_region null: the seller is abroad). A field left out is the group UNKNOWN.
create function contract_market_cells(output_region varchar, seller_region varchar, buyer_region varchar,
                                      buyer_country varchar, contract_type varchar, technology_field varchar,
                                      seller_nature varchar, buyer_nature varchar, ip_type varchar,
                                      plan_source varchar)
    returns table (region_code varchar, perspective varchar, dimension varchar, group_code varchar)
    language sql immutable as $$
    select p.region_code, p.perspective, d.dimension, coalesce(d.group_code, 'UNKNOWN')
    from (values
            (output_region, 'SELLER', case when buyer_country <> 'CN' or buyer_region is null then 'ABROAD'
                when left(buyer_region, 2) = left(output_region, 2) then 'WITHIN_PROVINCE' else 'OTHER_PROVINCE' end),
            (buyer_region, 'BUYER', case when seller_region is null then 'ABROAD'
                when left(buyer_region, 2) = left(seller_region, 2) then 'WITHIN_PROVINCE' else 'OTHER_PROVINCE' end)
         ) p (region_code, perspective, flow)
    cross join lateral (values ('TYPE', contract_type), ('FIELD', technology_field), ('SELLER_NATURE', seller_nature),
            ('BUYER_NATURE', buyer_nature), ('IP_TYPE', ip_type), ('PLAN_SOURCE', plan_source), ('FLOW', p.flow)
         ) d (dimension, group_code)
    where p.region_code is not null
$$;

-- V22's form, for a contract registered here (its seller is where it counts as output, or abroad)
create or replace function contract_market_cells(seller_region varchar, buyer_region varchar, buyer_country varchar,
                                                 contract_type varchar, technology_field varchar,
                                                 seller_nature varchar, buyer_nature varchar, ip_type varchar,
                                                 plan_source varchar)
    returns table (region_code varchar, perspective varchar, dimension varchar, group_code varchar)
    language sql immutable as $$
    select * from contract_market_cells(seller_region, seller_region, buyer_region, buyer_country, contract_type,
        technology_field, seller_nature, buyer_nature, ip_type, plan_source)
$$;

-- Where an imported registration's seller is, for the flow: its region in China, none abroad.
create function external_seller_region(seller_country varchar, seller_region_code varchar) returns varchar
    language sql immutable as $$
    select case when seller_country = 'CN' then seller_region_code end
$$;

-- the registrations imported so far enter the dimensions (the years follow through V35's triggers)
insert into contract_market_rollup (region_code, perspective, dimension, month, group_code, contract_count,
    contract_amount, tech_transaction_amount)
select c.region_code, c.perspective, c.dimension, date_trunc('month', e.registered_on)::date, c.group_code, count(*),
    sum(e.contract_amount), sum(e.tech_transaction_amount)
from external_contract_registration e
cross join lateral contract_market_cells(null, external_seller_region(e.seller_country, e.seller_region_code),
    e.buyer_region_code, 'CN', e.type, e.technology_field, e.seller_nature, e.buyer_nature, e.ip_type,
    e.plan_source) c
group by 1, 2, 3, 4, 5
order by 1, 2, 3, 4, 5
on conflict (region_code, perspective, dimension, month, group_code) do update set
    contract_count = contract_market_rollup.contract_count + excluded.contract_count,
    contract_amount = contract_market_rollup.contract_amount + excluded.contract_amount,
    tech_transaction_amount = contract_market_rollup.tech_transaction_amount + excluded.tech_transaction_amount;

-- The technology-market tables sum a region's imports of a year by every dimension (decision 0054): an index-only
-- scan with the columns the cells are made of, instead of a heap fetch per imported row. It serves the buyer-region
-- lookups of V23's index too, which it replaces.
drop index external_contract_registration_buyer_idx;
create index external_contract_registration_buyer_idx on external_contract_registration (buyer_region_code,
    registered_on) include (type, technology_field, seller_nature, buyer_nature, ip_type, plan_source, seller_country,
    seller_region_code, contract_amount, tech_transaction_amount);
