-- Expert accounts (issue 15, decision 0042): an expert of the registry signs in with the role EXPERT
-- and sees only the reviews assigned to him. The account is bound to its expert as an enterprise
-- clerk's to its enterprise; EXPERT is a role of its own, never combined with another, and an
-- expert has at most one account.
alter table account
    add column expert_id bigint references expert (id),
    drop constraint account_roles_check1,
    add constraint account_roles_known
        check (roles <@ array['ADMIN', 'OFFICIAL', 'ENTERPRISE', 'ANALYST', 'EXPERT']::varchar(20)[]),
    add constraint account_expert_bound check (not ('EXPERT' = any (roles)) or expert_id is not null),
    add constraint account_expert_alone check (not ('EXPERT' = any (roles)) or cardinality(roles) = 1);
create unique index account_expert_idx on account (expert_id) where expert_id is not null;

-- A call may be closed by its office before its window ends (decision 0042): from then on it takes no
-- more applications, whatever its closing date says.
alter table program_call add column closed_at timestamptz;
