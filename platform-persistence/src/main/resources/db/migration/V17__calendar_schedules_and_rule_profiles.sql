-- Working-day calendar and rule profiles of the registering offices (decision 0032).

-- 1. The State Council's holiday schedules (法定节假日 and 调休 make-up working days) for 2025 and
--    2026 ship with the platform. Every day of each holiday is listed (also those that fall on a
--    weekend, so the calendar page shows the whole holiday); make-up days are working = true.
--    Sources:
--    - 2025: 《国务院办公厅关于2025年部分节假日安排的通知》, 国办发明电〔2024〕12号, 12 November 2024
--      (full text as published by Xinhua, e.g. https://m.gmw.cn/2024-11/12/content_1303894933.htm).
--    - 2026: 《国务院办公厅关于2026年部分节假日安排的通知》, 4 November 2025 (full text as published
--      by Xinhua, e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm); the published text
--      found does not carry the document number, so none is quoted here.
--    A day the bureau has already entered is kept as it is (on conflict do nothing).
insert into calendar_exception (day, working, name) values
    ('2025-01-01', false, '元旦'),
    ('2025-01-26', true,  '春节调休上班'),
    ('2025-01-28', false, '春节'), ('2025-01-29', false, '春节'), ('2025-01-30', false, '春节'),
    ('2025-01-31', false, '春节'), ('2025-02-01', false, '春节'), ('2025-02-02', false, '春节'),
    ('2025-02-03', false, '春节'), ('2025-02-04', false, '春节'),
    ('2025-02-08', true,  '春节调休上班'),
    ('2025-04-04', false, '清明节'), ('2025-04-05', false, '清明节'), ('2025-04-06', false, '清明节'),
    ('2025-04-27', true,  '劳动节调休上班'),
    ('2025-05-01', false, '劳动节'), ('2025-05-02', false, '劳动节'), ('2025-05-03', false, '劳动节'),
    ('2025-05-04', false, '劳动节'), ('2025-05-05', false, '劳动节'),
    ('2025-05-31', false, '端午节'), ('2025-06-01', false, '端午节'), ('2025-06-02', false, '端午节'),
    ('2025-09-28', true,  '国庆节、中秋节调休上班'),
    ('2025-10-01', false, '国庆节、中秋节'), ('2025-10-02', false, '国庆节、中秋节'),
    ('2025-10-03', false, '国庆节、中秋节'), ('2025-10-04', false, '国庆节、中秋节'),
    ('2025-10-05', false, '国庆节、中秋节'), ('2025-10-06', false, '国庆节、中秋节'),
    ('2025-10-07', false, '国庆节、中秋节'), ('2025-10-08', false, '国庆节、中秋节'),
    ('2025-10-11', true,  '国庆节、中秋节调休上班'),
    ('2026-01-01', false, '元旦'), ('2026-01-02', false, '元旦'), ('2026-01-03', false, '元旦'),
    ('2026-01-04', true,  '元旦调休上班'),
    ('2026-02-14', true,  '春节调休上班'),
    ('2026-02-15', false, '春节'), ('2026-02-16', false, '春节'), ('2026-02-17', false, '春节'),
    ('2026-02-18', false, '春节'), ('2026-02-19', false, '春节'), ('2026-02-20', false, '春节'),
    ('2026-02-21', false, '春节'), ('2026-02-22', false, '春节'), ('2026-02-23', false, '春节'),
    ('2026-02-28', true,  '春节调休上班'),
    ('2026-04-04', false, '清明节'), ('2026-04-05', false, '清明节'), ('2026-04-06', false, '清明节'),
    ('2026-05-01', false, '劳动节'), ('2026-05-02', false, '劳动节'), ('2026-05-03', false, '劳动节'),
    ('2026-05-04', false, '劳动节'), ('2026-05-05', false, '劳动节'),
    ('2026-05-09', true,  '劳动节调休上班'),
    ('2026-06-19', false, '端午节'), ('2026-06-20', false, '端午节'), ('2026-06-21', false, '端午节'),
    ('2026-09-20', true,  '国庆节调休上班'),
    ('2026-09-25', false, '中秋节'), ('2026-09-26', false, '中秋节'), ('2026-09-27', false, '中秋节'),
    ('2026-10-01', false, '国庆节'), ('2026-10-02', false, '国庆节'), ('2026-10-03', false, '国庆节'),
    ('2026-10-04', false, '国庆节'), ('2026-10-05', false, '国庆节'), ('2026-10-06', false, '国庆节'),
    ('2026-10-07', false, '国庆节'),
    ('2026-10-10', true,  '国庆节调休上班')
on conflict (day) do nothing;

-- A make-up working day is a weekend day (a weekday is a working day already).
alter table calendar_exception
    add constraint calendar_exception_workday_on_weekend check (not working or extract(isodow from day) in (6, 7));

-- 2. Rule profiles (rules.md "Time limit"; the constants are those of enum RuleProfile). Each
--    contract keeps the profile it was submitted under; before a submission it carries DEFAULT.
alter table technology_contract
    add column rule_profile varchar(20) not null default 'DEFAULT'
        check (rule_profile in ('DEFAULT', 'MEASURES_2000', 'DRAFT_2024'));

-- The profile a registering office has chosen; an office without a row works under DEFAULT.
create table contract_rule_region (
    region_code varchar(6)  primary key references region (code),
    profile     varchar(20) not null check (profile in ('DEFAULT', 'MEASURES_2000', 'DRAFT_2024')),
    updated_at  timestamptz not null default now()
);
