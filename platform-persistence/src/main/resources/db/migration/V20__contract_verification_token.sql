-- Certificates anyone can verify (issue 13, decision 0033): every registered contract (also one
-- revoked since) has an unguessable token, 128 random bits as 32 lower-case hex digits, that
-- addresses its public verification page (/verify/{token}) and is printed on its certificate as a
-- QR code. The application draws the token when the registration completes; a contract never
-- registered has none, so no token can reveal one. A registered contract written by another path
-- (an import, a test's row) may lack one: it gets it on its certificate's first download.
alter table technology_contract add column verification_token varchar(32);

-- registered before this release: a token each, from PostgreSQL's strong random source
-- (gen_random_uuid, 122 random bits a call; two of them hashed give 128 bits without a pattern)
update technology_contract
set verification_token = left(encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text,
                                                       'UTF8')), 'hex'), 32)
where registration_no is not null;

alter table technology_contract
    add constraint technology_contract_verification_token_check
        check (verification_token ~ '^[0-9a-f]{32}$'),
    add constraint technology_contract_verification_token_registered
        check (verification_token is null or registration_no is not null);

create unique index technology_contract_verification_token_key on technology_contract (verification_token);
