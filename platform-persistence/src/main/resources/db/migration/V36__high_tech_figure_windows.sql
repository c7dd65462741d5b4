-- The high-tech candidates list ranked in the database (docs/decisions/0050-high-tech-candidates-ranked-in-sql.md).
-- One row per enterprise and year with figures: the raw figures the conditions judged from figures read for a batch
-- of year + 1 (the three-year sums and the latest year's own), no threshold and no verdict, so that a changed
-- setting (platform.high-tech.*) judges them anew at the next read. The ranking query compares them with the
-- settings as parameters (JdbcHighTechCandidateStore); the page it returns is judged again by HighTechJudgement.
create table high_tech_figure_window (
    enterprise_id          bigint         not null references enterprise (id),
    year                   integer        not null, -- the latest of the three years (the batch year - 1)
    years                  smallint       not null check (years between 1 and 3), -- years with figures of the three
    sales_revenue_3y       numeric(20, 2) not null check (sales_revenue_3y >= 0),
    rd_expense_3y          numeric(20, 2) not null check (rd_expense_3y >= 0),
    rd_expense_domestic_3y numeric(20, 2) not null check (rd_expense_domestic_3y between 0 and rd_expense_3y),
    sales_revenue          numeric(18, 2) not null check (sales_revenue >= 0),
    revenue                numeric(18, 2) not null check (revenue >= 0),
    high_tech_income       numeric(18, 2) not null check (high_tech_income between 0 and revenue),
    staff                  integer        not null check (staff >= 0),
    tech_staff             integer        not null check (tech_staff between 0 and staff),
    ip_count               bigint         not null check (ip_count >= 0),
    primary key (enterprise_id, year)
);
create index high_tech_figure_window_year_idx on high_tech_figure_window (year);

-- The windows of these enterprises computed again from their figures (all their years: a few rows each).
create function refresh_high_tech_figure_windows(ids bigint[]) returns void language sql as $$
    delete from high_tech_figure_window where enterprise_id in (select unnest(ids));
    insert into high_tech_figure_window (enterprise_id, year, years, sales_revenue_3y, rd_expense_3y,
        rd_expense_domestic_3y, sales_revenue, revenue, high_tech_income, staff, tech_staff, ip_count)
    select l.enterprise_id, l.year, count(*), sum(f.sales_revenue), sum(f.rd_expense), sum(f.rd_expense_domestic),
        l.sales_revenue, l.revenue, l.high_tech_income, l.staff, l.tech_staff,
        l.invention_patents::bigint + l.other_ip
    from enterprise_annual_figures l
    join enterprise_annual_figures f on f.enterprise_id = l.enterprise_id and f.year between l.year - 2 and l.year
    where l.enterprise_id in (select unnest(ids))
    group by l.id;
$$;

-- Every statement that writes figures (the API's and the portal's create or revise, the import, the demo loader,
-- the scale generator's COPY) refreshes the windows of the enterprises it touched in its own transaction, so they
-- cannot go stale whatever the writer. The enterprises' rows are locked first (in id order): two transactions
-- writing years of one enterprise refresh one after the other, the second seeing the first's figures.
create function high_tech_figure_windows_follow() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    execute case tg_op
        when 'INSERT' then 'select array_agg(distinct enterprise_id) from new_rows'
        when 'DELETE' then 'select array_agg(distinct enterprise_id) from old_rows'
        else 'select array_agg(distinct enterprise_id) from (select enterprise_id from new_rows'
            ' union select enterprise_id from old_rows) c' end into ids;
    if ids is null then
        return null;
    end if;
    perform 1 from enterprise where id in (select unnest(ids)) order by id for no key update;
    perform refresh_high_tech_figure_windows(ids);
    return null;
end $$;

create trigger high_tech_figure_windows_insert after insert on enterprise_annual_figures
    referencing new table as new_rows for each statement execute function high_tech_figure_windows_follow();
create trigger high_tech_figure_windows_update after update on enterprise_annual_figures
    referencing old table as old_rows new table as new_rows for each statement
    execute function high_tech_figure_windows_follow();
create trigger high_tech_figure_windows_delete after delete on enterprise_annual_figures
    referencing old table as old_rows for each statement execute function high_tech_figure_windows_follow();

select refresh_high_tech_figure_windows(array(select distinct enterprise_id from enterprise_annual_figures));
