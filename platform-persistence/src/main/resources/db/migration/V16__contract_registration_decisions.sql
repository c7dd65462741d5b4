-- Contract registration as the office decides it (认定): the registration form's fields, the
-- office's 核定 amount beside the declared one, and the grounds of refusals and returns
-- (docs/decisions/0031-registration-decision-grounds-and-tax-relief.md).

-- the nature of an organisation in the registry (单位性质): universities and institutes file too
alter table enterprise
    add column nature varchar(30) not null default 'ENTERPRISE' check (nature in ('ENTERPRISE', 'UNIVERSITY',
        'RESEARCH_INSTITUTE', 'MEDICAL_INSTITUTION', 'OTHER_PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY',
        'SOCIAL_ORGANISATION'));

alter table technology_contract
    -- what the applicant declared; tech_transaction_amount is the office's 核定 amount from registration on
    add column declared_tech_transaction_amount numeric(18, 2),
    add column ip_type        varchar(20) not null default 'NONE' check (ip_type in ('PATENT', 'PATENT_APPLICATION',
        'SOFTWARE_COPYRIGHT', 'IC_LAYOUT', 'PLANT_VARIETY', 'BIOMEDICAL_VARIETY', 'TECHNICAL_SECRET', 'NONE')),
    add column plan_source    varchar(12) not null default 'NONE' check (plan_source in ('NATIONAL', 'PROVINCIAL',
        'MUNICIPAL', 'DISTRICT', 'NONE')),
    add column payment_method varchar(12) not null default 'LUMP_SUM' check (payment_method in ('LUMP_SUM',
        'INSTALMENTS', 'ROYALTY', 'MIXED')),
    add column buyer_nature   varchar(30) check (buyer_nature in ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
        'MEDICAL_INSTITUTION', 'OTHER_PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY', 'SOCIAL_ORGANISATION', 'INDIVIDUAL',
        'FOREIGN')),
    -- the ground of the current return or refusal; cleared when the contract is submitted again
    add column reason_code    varchar(30) check (reason_code in ('NOT_TECHNOLOGY_CONTRACT', 'INVALID_OR_NOT_IN_FORCE',
        'CONTENT_UNCLEAR', 'PRICE_OR_PAYMENT_MISSING', 'SIGNATURES_INCOMPLETE', 'TERM_EXPIRED', 'DISGUISED_PURCHASE',
        'ALREADY_REGISTERED', 'FALSE_MATERIALS', 'OTHER'));

-- rows written without the new columns (bulk loads, older writers) take the defaults api.md gives
create function technology_contract_filing_defaults() returns trigger language plpgsql as $$
begin
    new.declared_tech_transaction_amount := coalesce(new.declared_tech_transaction_amount, new.tech_transaction_amount);
    new.buyer_nature := coalesce(new.buyer_nature, case when new.buyer_country = 'CN' then 'ENTERPRISE' else 'FOREIGN' end);
    return new;
end $$;
create trigger technology_contract_filing_defaults before insert on technology_contract
    for each row execute function technology_contract_filing_defaults();

update technology_contract set declared_tech_transaction_amount = tech_transaction_amount,
    buyer_nature = case when buyer_country = 'CN' then 'ENTERPRISE' else 'FOREIGN' end,
    reason_code = case when status = 'REJECTED' then 'OTHER' end;

alter table technology_contract
    alter column declared_tech_transaction_amount set not null,
    alter column buyer_nature set not null,
    -- named after contract_amount's own check, which PostgreSQL tries first (checks run in name order)
    add constraint technology_contract_declared_amount_check
        check (declared_tech_transaction_amount > 0 and declared_tech_transaction_amount <= contract_amount),
    add check (reason_code is null or status in ('RETURNED', 'REJECTED'));
create index technology_contract_reason_idx on technology_contract (reason_code) where reason_code is not null;

alter table contract_history
    add column reason_code varchar(30) check (reason_code in ('NOT_TECHNOLOGY_CONTRACT', 'INVALID_OR_NOT_IN_FORCE',
        'CONTENT_UNCLEAR', 'PRICE_OR_PAYMENT_MISSING', 'SIGNATURES_INCOMPLETE', 'TERM_EXPIRED', 'DISGUISED_PURCHASE',
        'ALREADY_REGISTERED', 'FALSE_MATERIALS', 'OTHER')),
    -- at a registering step: the 核定 technology transaction amount the office decided
    add column tech_transaction_amount numeric(18, 2) check (tech_transaction_amount > 0);
update contract_history set reason_code = 'OTHER' where to_status = 'REJECTED';
alter table contract_history
    add check (to_status <> 'REJECTED' or reason_code is not null),
    add check (reason_code is null or to_status in ('RETURNED', 'REJECTED')),
    -- the ground OTHER is explained in words (a refusal's ground is required: the contract_history check above)
    add check (reason_code is distinct from 'OTHER' or coalesce(reason ~ '[^[:space:]]', false)),
    add check (tech_transaction_amount is null or to_status in ('PENDING_SECOND_REVIEW', 'REGISTERED'));
