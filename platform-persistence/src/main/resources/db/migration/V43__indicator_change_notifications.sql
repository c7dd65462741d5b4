-- Decision 0057: the indicator cache of every node hears, on the channel platform_data_changed, that a table the
-- indicators and the technology-market report read has changed, whoever changed it (another node, psql, the scale
-- generator, an import). One notice per statement; PostgreSQL delivers identical notices of one transaction once,
-- after it commits (and none if it rolls back).
create function platform_data_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('platform_data_changed', '');
    return null;
end
$$;

do
$$
declare
    t text;
begin
    foreach t in array array[
        -- roll-ups of contracts and high-tech enterprises (moved in the registering / certifying transaction)
        'contract_turnover_rollup', 'contract_turnover_year_rollup', 'contract_market_rollup',
        'contract_market_year_rollup', 'high_tech_rollup', 'high_tech_enterprise_year',
        -- registrations of other offices (imports), read as rows by the technology-market report
        'external_contract_registration',
        -- the other indicators' sources
        'enterprise', 'enterprise_annual_figures', 'high_tech_certification', 'high_tech_application',
        'tech_sme', 'cultivation_pool_placement', 'regional_statistic', 'incubator', 'lab', 'program',
        'program_application', 'innovation_voucher', 'demand', 'achievement', 'matchmaking', 'target', 'region']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       || ' for each statement execute function platform_data_changed()', t || '_changed', t);
    end loop;
end
$$;

-- A contract counts in an indicator only once registered, which moves the roll-ups above; the matching indicator
-- also reads a registered contract's date and amount, which a change or cancellation updates. A new contract
-- (a submission, one insert: decision 0052) changes no indicator, so inserts do not notify: the submission path
-- pays nothing.
create trigger technology_contract_changed after update or delete or truncate on technology_contract
    for each statement execute function platform_data_changed();
