-- The functions of the market roll-up's cells are pure (immutable SQL, no writes, no state): parallel safe, so that
-- the rebuild's grouping of every registered contract's cells can run in PostgreSQL's parallel workers
-- (decision 0066). Without the label a function is "parallel unsafe" and no query that calls it gets a parallel plan.
alter function contract_market_cells(varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar,
    varchar) parallel safe;
alter function contract_market_cells(varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar)
    parallel safe;
alter function external_seller_region(varchar, varchar) parallel safe;
