-- Less per-row work when contracts are written, every guarantee kept (issue 17, decision 0065).

-- 1. The insert triggers of V16 and V22 are called only for rows that leave a defaulted column null. Their
--    functions are unchanged (they fill in only what is null), so a writer that leaves the columns out gets the
--    same row as before; a writer that gives them (the application, the scale generator) no longer pays a
--    PL/pgSQL call per row for a trigger that would change nothing.
drop trigger technology_contract_filing_defaults on technology_contract;
create trigger technology_contract_filing_defaults before insert on technology_contract
    for each row when (new.declared_tech_transaction_amount is null or new.buyer_nature is null)
    execute function technology_contract_filing_defaults();
drop trigger technology_contract_seller_nature on technology_contract;
create trigger technology_contract_seller_nature before insert on technology_contract
    for each row when (new.seller_nature is null)
    execute function technology_contract_seller_nature();

-- 2. The buyer's region with the registration date of V4 is read by no query any more: the absorption reads come
--    from the roll-ups (V22, V35), and the one query of contracts by the buyer's region, the lineage's page of
--    registered contracts (V40), reads technology_contract_absorption_idx, whose predicate (status = 'REGISTERED')
--    is the query's own. The contract list filters by the registering (seller's) region only.
drop index technology_contract_buyer_region_idx;

-- 3. The credit code's check (V2), which every enterprise and every contract with a buyer in China passes through,
--    in four statements instead of some fifty: the same function of the code (GB 32100: the character set, the
--    organisation code's check character, the final check character), its two sums written out term by term
--    instead of in loops that ran a statement per character. Tried against V2's function on 1,023,011 codes
--    (3,000 random bodies with every pair of check characters, and malformed ones): the same answer for every code;
--    EnterpriseSchemaTest checks it against the application's CreditCode.
create or replace function credit_code_valid(code text) returns boolean
    language plpgsql immutable strict as
$$
declare
    charset constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
    expected int;
begin
    if code !~ '^[0-9A-HJ-NPQRTUWXY]{18}$' then
        return false;
    end if;
    -- organisation code: 8 characters + check (digits 0-9, letters A=10 .. Z=35), in one expression
    expected := 11 - ((ascii(substr(code, 9, 1)) - case when ascii(substr(code, 9, 1)) <= 57 then 48 else 55 end) * 3
        + (ascii(substr(code, 10, 1)) - case when ascii(substr(code, 10, 1)) <= 57 then 48 else 55 end) * 7
        + (ascii(substr(code, 11, 1)) - case when ascii(substr(code, 11, 1)) <= 57 then 48 else 55 end) * 9
        + (ascii(substr(code, 12, 1)) - case when ascii(substr(code, 12, 1)) <= 57 then 48 else 55 end) * 10
        + (ascii(substr(code, 13, 1)) - case when ascii(substr(code, 13, 1)) <= 57 then 48 else 55 end) * 5
        + (ascii(substr(code, 14, 1)) - case when ascii(substr(code, 14, 1)) <= 57 then 48 else 55 end) * 8
        + (ascii(substr(code, 15, 1)) - case when ascii(substr(code, 15, 1)) <= 57 then 48 else 55 end) * 4
        + (ascii(substr(code, 16, 1)) - case when ascii(substr(code, 16, 1)) <= 57 then 48 else 55 end) * 2) % 11;
    if not ((expected = 10 and substr(code, 17, 1) = 'X') or (expected = 11 and substr(code, 17, 1) = '0')
            or (expected < 10 and substr(code, 17, 1) = chr(48 + expected))) then
        return false;
    end if;
    return substr(code, 18, 1) = substr(charset, (31 - ((strpos(charset, substr(code, 1, 1)) - 1)
        + (strpos(charset, substr(code, 2, 1)) - 1) * 3 + (strpos(charset, substr(code, 3, 1)) - 1) * 9
        + (strpos(charset, substr(code, 4, 1)) - 1) * 27 + (strpos(charset, substr(code, 5, 1)) - 1) * 19
        + (strpos(charset, substr(code, 6, 1)) - 1) * 26 + (strpos(charset, substr(code, 7, 1)) - 1) * 16
        + (strpos(charset, substr(code, 8, 1)) - 1) * 17 + (strpos(charset, substr(code, 9, 1)) - 1) * 20
        + (strpos(charset, substr(code, 10, 1)) - 1) * 29 + (strpos(charset, substr(code, 11, 1)) - 1) * 25
        + (strpos(charset, substr(code, 12, 1)) - 1) * 13 + (strpos(charset, substr(code, 13, 1)) - 1) * 8
        + (strpos(charset, substr(code, 14, 1)) - 1) * 24 + (strpos(charset, substr(code, 15, 1)) - 1) * 10
        + (strpos(charset, substr(code, 16, 1)) - 1) * 30 + (strpos(charset, substr(code, 17, 1)) - 1) * 28) % 31)
        % 31 + 1, 1);
end;
$$;
