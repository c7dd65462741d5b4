-- The high-tech candidates read from stored verdicts (docs/decisions/0058-high-tech-verdicts-stored-under-a-fingerprint.md).
-- Each figure window (V36) keeps what the ranking needs of its enterprise (region, founding day) and its verdict
-- under the thresholds in high_tech_verdict_basis: the conditions failed that do not depend on the day (the five
-- judged from figures and the key field) and the conditions unknown. Only "years registered" is judged at the read
-- (it changes with the day): it adds one failed condition to the few enterprises registered too recently.

-- The thresholds the verdicts were computed under: one row, written by the application (settings
-- platform.high-tech.*, never constants here) with a fingerprint of them; when the application's fingerprint
-- differs it writes the row and recomputes every verdict in the same transaction (JdbcHighTechCandidateStore).
-- A migration that changes high_tech_failed must delete this row, so that the next start recomputes.
create table high_tech_verdict_basis (
    id                     boolean        primary key default true check (id),
    fingerprint            varchar(64)    not null,
    small_sales_limit      numeric        not null,
    medium_sales_limit     numeric        not null,
    small_rd_share         numeric        not null,
    medium_rd_share        numeric        not null,
    large_rd_share         numeric        not null,
    domestic_rd_share      numeric        not null,
    high_tech_income_share numeric        not null,
    tech_staff_share       numeric        not null,
    key_fields             text[]         not null,
    industry_trim          text           not null, -- the characters Java's String.strip() trims (Character.isWhitespace)
    adopted_at             timestamptz    not null default now()
);

-- The conditions failed, as HighTechJudgement judges them for a batch of year + 1 (exact numeric comparisons,
-- part >= whole × threshold; unknown is not failed), except the years registered; null without a basis.
-- HighTechCandidateRankingTest holds it equal to the Java judgement over the boundaries.
create function high_tech_failed(b high_tech_verdict_basis, industry text, years integer, sales_3y numeric,
                                 rd_3y numeric, domestic_3y numeric, sales numeric, revenue numeric,
                                 income numeric, staff integer, tech_staff integer, ip bigint)
    returns smallint language sql immutable as $$
    select case when b.fingerprint is null then null else (
          (case when ip >= 1 then 0 else 1 end)
        + (case when industry is null or btrim(industry, b.industry_trim) = any (b.key_fields) then 0 else 1 end)
        + (case when staff = 0 or tech_staff >= staff * b.tech_staff_share then 0 else 1 end)
        + (case when years < 3 or sales_3y = 0 or rd_3y >= sales_3y
                * (case when sales <= b.small_sales_limit then b.small_rd_share
                        when sales <= b.medium_sales_limit then b.medium_rd_share
                        else b.large_rd_share end) then 0 else 1 end)
        + (case when years < 3 or rd_3y = 0 or domestic_3y >= rd_3y * b.domestic_rd_share then 0 else 1 end)
        + (case when revenue = 0 or income >= revenue * b.high_tech_income_share then 0 else 1 end))::smallint end
$$;

-- The conditions unknown (no threshold in it): the innovation score and no major accident always, the founding
-- day and the industry when missing, the staff share without staff, the R&D shares without three years or a whole,
-- the income share without revenue.
create function high_tech_unknown(founded_on date, industry text, years integer, sales_3y numeric, rd_3y numeric,
                                  staff integer, revenue numeric)
    returns smallint language sql immutable as $$
    select (2
        + (case when founded_on is null then 1 else 0 end)
        + (case when industry is null then 1 else 0 end)
        + (case when staff = 0 then 1 else 0 end)
        + (case when years < 3 or sales_3y = 0 then 1 else 0 end)
        + (case when years < 3 or rd_3y = 0 then 1 else 0 end)
        + (case when revenue = 0 then 1 else 0 end))::smallint
$$;

alter table high_tech_figure_window
    add column region_code varchar(6),
    add column founded_on  date,
    add column not_met     smallint check (not_met between 0 and 6),
    add column unknown     smallint check (unknown between 2 and 8);

update high_tech_figure_window w
set region_code = e.region_code, founded_on = e.founded_on,
    unknown = high_tech_unknown(e.founded_on, e.industry, w.years, w.sales_revenue_3y, w.rd_expense_3y, w.staff,
                                w.revenue)
from enterprise e where e.id = w.enterprise_id;
alter table high_tech_figure_window alter column region_code set not null, alter column unknown set not null;

-- The ranking's order: a page is an index walk, not a sort of the year's windows.
create index high_tech_figure_window_rank_idx on high_tech_figure_window (year, not_met, unknown, enterprise_id)
    include (region_code, founded_on);
-- Those registered too recently (one failed condition more at the read): a range of founding days, index only.
create index high_tech_figure_window_founded_idx on high_tech_figure_window (year, founded_on)
    include (not_met, unknown, region_code);
drop index high_tech_figure_window_year_idx;

-- The windows of these enterprises computed again from their figures, with their verdicts under the basis. The
-- basis row is read with a share lock: a recomputation under new thresholds (which updates the row first) waits
-- for this transaction, or this one for it, so no window keeps a verdict of the thresholds before.
create or replace function refresh_high_tech_figure_windows(ids bigint[]) returns void language sql as $$
    select 1 from high_tech_verdict_basis for share;
    delete from high_tech_figure_window where enterprise_id in (select unnest(ids));
    insert into high_tech_figure_window (enterprise_id, year, years, sales_revenue_3y, rd_expense_3y,
        rd_expense_domestic_3y, sales_revenue, revenue, high_tech_income, staff, tech_staff, ip_count,
        region_code, founded_on, not_met, unknown)
    select r.*, e.region_code, e.founded_on,
        high_tech_failed(b, e.industry, r.years, r.sales_3y, r.rd_3y, r.domestic_3y, r.sales_revenue, r.revenue,
                         r.high_tech_income, r.staff, r.tech_staff, r.ip_count),
        high_tech_unknown(e.founded_on, e.industry, r.years, r.sales_3y, r.rd_3y, r.staff, r.revenue)
    from (select l.enterprise_id, l.year, count(*)::smallint as years, sum(f.sales_revenue) as sales_3y,
                 sum(f.rd_expense) as rd_3y, sum(f.rd_expense_domestic) as domestic_3y, l.sales_revenue, l.revenue,
                 l.high_tech_income, l.staff, l.tech_staff, l.invention_patents::bigint + l.other_ip as ip_count
          from enterprise_annual_figures l
          join enterprise_annual_figures f on f.enterprise_id = l.enterprise_id and f.year between l.year - 2 and l.year
          where l.enterprise_id in (select unnest(ids))
          group by l.id) r
    join enterprise e on e.id = r.enterprise_id
    left join high_tech_verdict_basis b on true;
$$;

-- An enterprise's industry, founding day or region changed: its windows' copies and verdicts follow at once.
create function high_tech_verdicts_follow_enterprise() returns trigger language plpgsql as $$
declare
    b high_tech_verdict_basis;
begin
    select * into b from high_tech_verdict_basis for share;
    update high_tech_figure_window w
    set region_code = new.region_code, founded_on = new.founded_on,
        not_met = high_tech_failed(b, new.industry, w.years, w.sales_revenue_3y, w.rd_expense_3y,
                                   w.rd_expense_domestic_3y, w.sales_revenue, w.revenue, w.high_tech_income, w.staff,
                                   w.tech_staff, w.ip_count),
        unknown = high_tech_unknown(new.founded_on, new.industry, w.years, w.sales_revenue_3y, w.rd_expense_3y,
                                    w.staff, w.revenue)
    where w.enterprise_id = new.id;
    return null;
end $$;

create trigger high_tech_verdicts_follow_enterprise after update of industry, founded_on, region_code on enterprise
    for each row when (old.industry is distinct from new.industry or old.founded_on is distinct from new.founded_on
                       or old.region_code is distinct from new.region_code)
    execute function high_tech_verdicts_follow_enterprise();
