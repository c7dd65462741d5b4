-- Indicator roll-ups, kept in the same transaction as the change that moves them
-- (docs/decisions/0014-indicator-rollups.md), so that an indicator reads rows in proportion
-- to periods x groups, never every contract or certificate.

-- Registered technology contracts per region, perspective, month of registration and type:
-- SELLER rows under the seller's district (技术输出), BUYER rows under the buyer's region
-- code (技术吸纳; it may lie outside the regions kept here, so no foreign key).
create table contract_turnover_rollup (
    region_code             varchar(6)     not null check (region_code ~ '^[0-9]{6}$'),
    perspective             varchar(6)     not null check (perspective in ('SELLER', 'BUYER')),
    month                   date           not null check (extract(day from month) = 1),
    contract_type           varchar(30)    not null,
    contract_count          bigint         not null check (contract_count >= 0),
    contract_amount         numeric(20, 2) not null check (contract_amount >= 0),
    tech_transaction_amount numeric(20, 2) not null check (tech_transaction_amount >= 0),
    primary key (region_code, perspective, month, contract_type)
);

-- What one enterprise contributes to the high-tech figures of one year: in force on
-- 31 December (0 or 1) and its certificate events of that year. Recomputed for an
-- enterprise whenever one of its certificates changes.
create table high_tech_enterprise_year (
    enterprise_id   bigint     not null references enterprise (id),
    year            integer    not null check (year between 1980 and 9999),
    region_code     varchar(6) not null references region (code),
    in_force        integer    not null check (in_force in (0, 1)),
    newly_certified integer    not null check (newly_certified >= 0),
    renewed         integer    not null check (renewed >= 0),
    expired         integer    not null check (expired >= 0),
    revoked         integer    not null check (revoked >= 0),
    primary key (enterprise_id, year)
);

-- The sums of high_tech_enterprise_year per district and year.
create table high_tech_rollup (
    region_code     varchar(6) not null references region (code),
    year            integer    not null check (year between 1980 and 9999),
    stock           bigint     not null check (stock >= 0),
    newly_certified bigint     not null check (newly_certified >= 0),
    renewed         bigint     not null check (renewed >= 0),
    expired         bigint     not null check (expired >= 0),
    revoked         bigint     not null check (revoked >= 0),
    primary key (region_code, year)
);

-- Existing data (demo or imported before this migration) enters the roll-ups once.
insert into contract_turnover_rollup
select seller_region_code, 'SELLER', date_trunc('month', registered_on)::date, type,
       count(*), sum(contract_amount), sum(tech_transaction_amount)
from technology_contract where status = 'REGISTERED'
group by 1, 3, 4;
insert into contract_turnover_rollup
select buyer_region_code, 'BUYER', date_trunc('month', registered_on)::date, type,
       count(*), sum(contract_amount), sum(tech_transaction_amount)
from technology_contract where status = 'REGISTERED' and buyer_region_code is not null
group by 1, 3, 4;

insert into high_tech_enterprise_year (enterprise_id, year, region_code, in_force, newly_certified, renewed,
    expired, revoked)
with c as (
    select h.id, h.enterprise_id, h.kind, h.issued_on, h.expires_on, h.revoked_on, e.region_code
    from high_tech_certification h join enterprise e on e.id = h.enterprise_id
    ),
ys as (
    select distinct c.enterprise_id, c.region_code, y.year
    from c, generate_series(extract(year from c.issued_on)::int,
        extract(year from greatest(c.expires_on + 1, coalesce(c.revoked_on, c.issued_on)))::int) as y(year)),
f as (
    select ys.enterprise_id, ys.year, ys.region_code,
        case when exists (select 1 from c x where x.enterprise_id = ys.enterprise_id
            and x.issued_on <= make_date(ys.year, 12, 31) and x.expires_on >= make_date(ys.year, 12, 31)
            and (x.revoked_on is null or x.revoked_on > make_date(ys.year, 12, 31))) then 1 else 0 end
            as in_force,
        (select count(*) from c x where x.enterprise_id = ys.enterprise_id and x.kind = 'INITIAL'
            and extract(year from x.issued_on) = ys.year)::int as newly_certified,
        (select count(*) from c x where x.enterprise_id = ys.enterprise_id and x.kind = 'RENEWAL'
            and extract(year from x.issued_on) = ys.year)::int as renewed,
        (select count(*) from c x where x.enterprise_id = ys.enterprise_id
            and extract(year from x.expires_on + 1) = ys.year
            and (x.revoked_on is null or x.revoked_on > x.expires_on)
            and not exists (select 1 from c z where z.enterprise_id = x.enterprise_id and z.id <> x.id
                and z.issued_on <= x.expires_on + 1 and z.expires_on >= x.expires_on + 1
                and (z.revoked_on is null or z.revoked_on > x.expires_on + 1)))::int as expired,
        (select count(*) from c x where x.enterprise_id = ys.enterprise_id
            and extract(year from x.revoked_on) = ys.year)::int as revoked
    from ys)
select enterprise_id, year, region_code, in_force, newly_certified, renewed, expired, revoked
from f where in_force + newly_certified + renewed + expired + revoked > 0;
insert into high_tech_rollup (region_code, year, stock, newly_certified, renewed, expired, revoked)
select region_code, year, sum(in_force), sum(newly_certified), sum(renewed), sum(expired), sum(revoked)
from high_tech_enterprise_year group by region_code, year;
