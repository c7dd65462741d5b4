-- Technology-market statistics (技术市场统计) by every dimension of the registration form:
-- contract-turnover by=... and the yearly tables (docs/decisions/0035-technology-market-dimensions.md).

-- The seller's nature as filed (技术合同登记表: each party's nature), kept with the contract so that the
-- statistics do not move when the organisation's nature in the registry changes later.
alter table technology_contract add column seller_nature varchar(30) check (seller_nature in ('ENTERPRISE',
    'UNIVERSITY', 'RESEARCH_INSTITUTE', 'MEDICAL_INSTITUTION', 'OTHER_PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY',
    'SOCIAL_ORGANISATION', 'INDIVIDUAL', 'FOREIGN'));
update technology_contract t set seller_nature = e.nature from enterprise e where e.id = t.seller_id;

-- rows written without it (bulk loads, older writers) take the seller organisation's nature
create function technology_contract_seller_nature() returns trigger language plpgsql as $$
begin
    if new.seller_nature is null then
        -- an unknown seller keeps a placeholder, so that the row is refused by its foreign key (23503)
        new.seller_nature := coalesce((select nature from enterprise where id = new.seller_id), 'ENTERPRISE');
    end if;
    return new;
end $$;
create trigger technology_contract_seller_nature before insert on technology_contract
    for each row execute function technology_contract_seller_nature();
alter table technology_contract alter column seller_nature set not null;

-- Where a registered contract counts in the statistics: one row per perspective with a region (SELLER: the
-- registering party's district, 技术输出; BUYER: the buyer's region, 技术吸纳) and dimension, with the
-- contract's group in it. FLOW is seen from the perspective's own party: the other party abroad (ABROAD), in
-- the same province (WITHIN_PROVINCE, the first two digits of the GB/T 2260 codes) or in another one.
-- The one definition of the groups: the roll-up's incremental moves, its rebuild and the lineage all use it.
create function contract_market_cells(seller_region varchar, buyer_region varchar, buyer_country varchar,
                                      contract_type varchar, technology_field varchar, seller_nature varchar,
                                      buyer_nature varchar, ip_type varchar, plan_source varchar)
    returns table (region_code varchar, perspective varchar, dimension varchar, group_code varchar)
    language sql immutable as $$
    select p.region_code, p.perspective, d.dimension, d.group_code
    from (values
            (seller_region, 'SELLER', case when buyer_country <> 'CN' or buyer_region is null then 'ABROAD'
                when left(buyer_region, 2) = left(seller_region, 2) then 'WITHIN_PROVINCE' else 'OTHER_PROVINCE' end),
            (buyer_region, 'BUYER', case when seller_region is null then 'ABROAD'
                when left(buyer_region, 2) = left(seller_region, 2) then 'WITHIN_PROVINCE' else 'OTHER_PROVINCE' end)
         ) p (region_code, perspective, flow)
    cross join lateral (values ('TYPE', contract_type), ('FIELD', technology_field), ('SELLER_NATURE', seller_nature),
            ('BUYER_NATURE', buyer_nature), ('IP_TYPE', ip_type), ('PLAN_SOURCE', plan_source), ('FLOW', p.flow)
         ) d (dimension, group_code)
    where p.region_code is not null
$$;

-- Registered contracts per region, perspective, dimension, month of registration and group: a by=... series
-- or a year's tables read rows in proportion to periods x groups, never the contracts.
create table contract_market_rollup (
    region_code             varchar(6)     not null check (region_code ~ '^[0-9]{6}$'),
    perspective             varchar(6)     not null check (perspective in ('SELLER', 'BUYER')),
    dimension               varchar(13)    not null check (dimension in ('TYPE', 'FIELD', 'SELLER_NATURE',
        'BUYER_NATURE', 'IP_TYPE', 'PLAN_SOURCE', 'FLOW')),
    month                   date           not null check (extract(day from month) = 1),
    group_code              varchar(40)    not null,
    contract_count          bigint         not null check (contract_count >= 0),
    contract_amount         numeric(20, 2) not null, -- a change may lower a month below zero (decision 0034)
    tech_transaction_amount numeric(20, 2) not null,
    primary key (region_code, perspective, dimension, month, group_code)
);

-- existing contracts enter it once (the ledger's rebuild is the same statement)
insert into contract_market_rollup (region_code, perspective, dimension, month, group_code, contract_count,
    contract_amount, tech_transaction_amount)
select c.region_code, c.perspective, c.dimension, date_trunc('month', t.registered_on)::date, c.group_code, count(*),
    sum(t.contract_amount), sum(t.tech_transaction_amount)
from technology_contract t
cross join lateral contract_market_cells(t.seller_region_code, t.buyer_region_code, t.buyer_country, t.type,
    t.technology_field, t.seller_nature, t.buyer_nature, t.ip_type, t.plan_source) c
where t.status = 'REGISTERED'
group by 1, 2, 3, 4, 5;
