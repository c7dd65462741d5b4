-- Import jobs: a CSV or XLSX file handed in, processed in the background. The state lives here
-- so that any node can answer a poll; the rows themselves go to their registries' tables.
create table import_job (
    id             uuid         primary key,
    kind           varchar(20)  not null check (kind in ('ENTERPRISES', 'CERTIFICATIONS', 'INCUBATORS', 'LABS', 'STATISTICS')),
    account_id     bigint       not null references account (id),
    filename       varchar(255) not null,
    format         varchar(4)   not null check (format in ('CSV', 'XLSX')),
    status         varchar(12)  not null default 'PENDING'
        check (status in ('PENDING', 'VALIDATING', 'WRITING', 'DONE', 'FAILED')),
    -- rows of the file (without the header and blank rows), known once it has been read
    total_rows     integer      check (total_rows >= 0),
    -- rows done in the current phase (read or checked while VALIDATING, written while WRITING)
    processed_rows integer      not null default 0 check (processed_rows >= 0),
    error_count    integer      not null default 0 check (error_count >= 0),
    -- [{"line", "column", "code", "args", "defaultMessage"}], at most 20,000 of error_count
    errors         jsonb,
    created_rows   integer      check (created_rows >= 0),
    revised_rows   integer      check (revised_rows >= 0),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    finished_at    timestamptz,
    check ((status in ('DONE', 'FAILED')) = (finished_at is not null)),
    check (status <> 'DONE' or (error_count = 0 and processed_rows = total_rows)),
    check (status <> 'FAILED' or error_count > 0)
);
create index import_job_account_idx on import_job (account_id, kind, created_at desc);
