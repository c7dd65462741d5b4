-- The cultivation ladder's pool (培育库, issue 14, decision 0045): enterprises an official placed in the
-- district's pool by hand for a year, with the reason. The tiers themselves are computed, not stored.
create table cultivation_pool_placement (
    enterprise_id bigint        not null references enterprise (id),
    year          integer       not null check (year between 2017 and 9999),
    region_code   varchar(6)    not null references region (code),
    reason        varchar(1000) not null check (length(btrim(reason)) > 0),
    placed_on     date          not null,
    created_at    timestamptz   not null default now(),
    primary key (enterprise_id, year)
);
create index cultivation_pool_placement_region_idx on cultivation_pool_placement (region_code, year);
