-- Yearly roll-ups beside the monthly ones (docs/decisions/0048-yearly-rollups-and-counted-reads.md): a series by
-- year, or the technology-market tables of a year, read one row per region, perspective, year (and group) instead
-- of twelve months of rows, so a city's ten years cost the same at 10,000 and at 1,000,000 contracts, and the
-- rows read grow with the years asked, not with the months.

-- contract_turnover_rollup summed over the months of each year (and over the contract types: a by=TYPE series
-- reads the market roll-up).
create table contract_turnover_year_rollup (
    region_code             varchar(6)     not null check (region_code ~ '^[0-9]{6}$'),
    perspective             varchar(6)     not null check (perspective in ('SELLER', 'BUYER')),
    year                    integer        not null,
    contract_count          bigint         not null check (contract_count >= 0),
    contract_amount         numeric(20, 2) not null, -- as the months: a change may lower a year below zero (0034)
    tech_transaction_amount numeric(20, 2) not null,
    primary key (region_code, perspective, year)
);

-- contract_market_rollup summed over the months of each year.
create table contract_market_year_rollup (
    region_code             varchar(6)     not null check (region_code ~ '^[0-9]{6}$'),
    perspective             varchar(6)     not null check (perspective in ('SELLER', 'BUYER')),
    dimension               varchar(13)    not null check (dimension in ('TYPE', 'FIELD', 'SELLER_NATURE',
        'BUYER_NATURE', 'IP_TYPE', 'PLAN_SOURCE', 'FLOW')),
    year                    integer        not null,
    group_code              varchar(40)    not null,
    contract_count          bigint         not null check (contract_count >= 0),
    contract_amount         numeric(20, 2) not null,
    tech_transaction_amount numeric(20, 2) not null,
    primary key (region_code, perspective, dimension, year, group_code)
);

-- The one way a year moves: every statement that writes a monthly roll-up (a registration's upsert, a
-- revocation's or cancellation's update, an approved change's amounts, a rebuild's delete and insert, a bulk
-- writer's COPY) carries its difference into the year's row in the same statement's transaction, so the years
-- cannot go stale whatever the writer. Arguments: the yearly table and the key columns besides the year.
-- Rows are locked in key order (an upsert of zeros in order, then the update), so two transactions never wait
-- on each other's years in opposite orders; the update is separate because an upsert's proposed row must pass
-- the CHECK on its count before PostgreSQL looks for the conflict, and a subtraction's is negative.
-- A rebuild of the months (TurnoverLedger.rebuild) sets platform.rollup_years_rebuilding for its transaction and
-- ends with rebuild_turnover_year_rollups(), which clears it: carrying a whole table's delete and insert through
-- here would cost it seconds at a million contracts for the same result.
create function rollup_months_to_years() returns trigger language plpgsql as $$
declare
    target constant text := tg_argv[0];
    keys constant text := tg_argv[1];
    moved text;
    delta text;
begin
    if current_setting('platform.rollup_years_rebuilding', true) = 'on' then
        return null;
    end if;
    moved := case tg_op
        when 'INSERT' then format('select %s, month, contract_count, contract_amount, tech_transaction_amount'
            ' from new_rows', keys)
        when 'DELETE' then format('select %s, month, -contract_count, -contract_amount, -tech_transaction_amount'
            ' from old_rows', keys)
        else format('select %1$s, month, contract_count, contract_amount, tech_transaction_amount from new_rows'
            ' union all select %1$s, month, -contract_count, -contract_amount, -tech_transaction_amount'
            ' from old_rows', keys) end;
    delta := format('select %1$s, extract(year from month)::int as year, sum(contract_count) as n,'
        ' sum(contract_amount) as amount, sum(tech_transaction_amount) as tech from (%2$s) m (%1$s, month,'
        ' contract_count, contract_amount, tech_transaction_amount) group by %1$s, extract(year from month)', keys, moved);
    execute format('insert into %1$I (%2$s, year, contract_count, contract_amount, tech_transaction_amount)'
        ' select %2$s, year, 0, 0, 0 from (%3$s) d order by %2$s, year'
        ' on conflict (%2$s, year) do update set contract_count = %1$I.contract_count', target, keys, delta);
    execute format('update %1$I y set contract_count = y.contract_count + d.n,'
        ' contract_amount = y.contract_amount + d.amount, tech_transaction_amount = y.tech_transaction_amount + d.tech'
        ' from (%3$s) d where (y.%4$s, y.year) = (d.%5$s, d.year)', target, keys, delta,
        replace(keys, ', ', ', y.'), replace(keys, ', ', ', d.'));
    return null;
end $$;

create trigger contract_turnover_rollup_years_insert after insert on contract_turnover_rollup
    referencing new table as new_rows for each statement
    execute function rollup_months_to_years('contract_turnover_year_rollup', 'region_code, perspective');
create trigger contract_turnover_rollup_years_update after update on contract_turnover_rollup
    referencing old table as old_rows new table as new_rows for each statement
    execute function rollup_months_to_years('contract_turnover_year_rollup', 'region_code, perspective');
create trigger contract_turnover_rollup_years_delete after delete on contract_turnover_rollup
    referencing old table as old_rows for each statement
    execute function rollup_months_to_years('contract_turnover_year_rollup', 'region_code, perspective');
create trigger contract_market_rollup_years_insert after insert on contract_market_rollup
    referencing new table as new_rows for each statement
    execute function rollup_months_to_years('contract_market_year_rollup',
        'region_code, perspective, dimension, group_code');
create trigger contract_market_rollup_years_update after update on contract_market_rollup
    referencing old table as old_rows new table as new_rows for each statement
    execute function rollup_months_to_years('contract_market_year_rollup',
        'region_code, perspective, dimension, group_code');
create trigger contract_market_rollup_years_delete after delete on contract_market_rollup
    referencing old table as old_rows for each statement
    execute function rollup_months_to_years('contract_market_year_rollup',
        'region_code, perspective, dimension, group_code');

-- The years computed again from the months: the one rebuild of the yearly tables, for this migration's
-- back-fill and for a writer that filled the monthly tables with the triggers off (session_replication_role =
-- replica, or the flag above). TurnoverLedger.rebuild() ends with it, so every rebuild path (demo loader, scale
-- generator) fills them. The triggers move the years again from here on in the transaction.
create function rebuild_turnover_year_rollups() returns void language sql as $$
    select set_config('platform.rollup_years_rebuilding', 'off', true);
    lock table contract_turnover_year_rollup, contract_market_year_rollup in exclusive mode;
    delete from contract_turnover_year_rollup;
    insert into contract_turnover_year_rollup (region_code, perspective, year, contract_count, contract_amount,
        tech_transaction_amount)
    select region_code, perspective, extract(year from month)::int, sum(contract_count), sum(contract_amount),
        sum(tech_transaction_amount)
    from contract_turnover_rollup group by 1, 2, 3;
    delete from contract_market_year_rollup;
    insert into contract_market_year_rollup (region_code, perspective, dimension, year, group_code, contract_count,
        contract_amount, tech_transaction_amount)
    select region_code, perspective, dimension, extract(year from month)::int, group_code, sum(contract_count),
        sum(contract_amount), sum(tech_transaction_amount)
    from contract_market_rollup group by 1, 2, 3, 4, 5;
$$;

select rebuild_turnover_year_rollups();

-- Lineage of a turnover point (decision 0048): its capped count reads only these indexes (index-only scans), the
-- registered contracts of the regions and dates asked, by the region the roll-ups count them in (output: the
-- registering seller's district, JdbcIndicatorSource's output_region_code; absorption: the buyer's region).
create index technology_contract_output_idx
    on technology_contract ((case when filer_role = 'SELLER' then seller_region_code end), registered_on)
    include (filer_role, seller_region_code) where status = 'REGISTERED';
create index technology_contract_absorption_idx on technology_contract (buyer_region_code, registered_on)
    where status = 'REGISTERED';

-- The official's dashboard counts from indexes (decision 0048): the high-tech enterprises of a region today (an
-- in-force certificate) and the renewal pipeline join a region's enterprises with the certificates in force or
-- ending soon; with these columns in the two indexes both sides are index-only scans (a district at scale: 2.8 ms
-- instead of 22 ms). The same indexes as before, with the columns the counts read.
drop index enterprise_region_idx;
create index enterprise_region_idx on enterprise (region_code) include (id);
drop index high_tech_certification_expires_idx;
create index high_tech_certification_expires_idx on high_tech_certification (expires_on)
    include (enterprise_id, issued_on, revoked_on);
