-- The credit code's check (V2, V52) as one SQL expression (issue 17, decision 0067): the same function of the code
-- (GB 32100: the character set, the organisation code's check character, the final check character), written as a
-- SQL function of one select that PostgreSQL inlines into the check constraints that call it, instead of a PL/pgSQL
-- call per checked row (2.2 s against 4.7 s for 1,000,000 codes). Not strict, so that it can be inlined: a null code
-- still gives null (every term is null), which a check constraint passes, as before. The organisation code's check
-- character is 11 - (sum mod 11), written '1'..'9', 'X' for 10 and '0' for 11: the character at 12 - (sum mod 11)
-- of '0123456789X0'. EnterpriseSchemaTest checks it against the application's CreditCode.
create or replace function credit_code_valid(code text) returns boolean
    language sql immutable parallel safe as
$$
select code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'
    and substr(code, 17, 1) = substr('0123456789X0', 12 - (
        (ascii(substr(code, 9, 1)) - case when ascii(substr(code, 9, 1)) <= 57 then 48 else 55 end) * 3
        + (ascii(substr(code, 10, 1)) - case when ascii(substr(code, 10, 1)) <= 57 then 48 else 55 end) * 7
        + (ascii(substr(code, 11, 1)) - case when ascii(substr(code, 11, 1)) <= 57 then 48 else 55 end) * 9
        + (ascii(substr(code, 12, 1)) - case when ascii(substr(code, 12, 1)) <= 57 then 48 else 55 end) * 10
        + (ascii(substr(code, 13, 1)) - case when ascii(substr(code, 13, 1)) <= 57 then 48 else 55 end) * 5
        + (ascii(substr(code, 14, 1)) - case when ascii(substr(code, 14, 1)) <= 57 then 48 else 55 end) * 8
        + (ascii(substr(code, 15, 1)) - case when ascii(substr(code, 15, 1)) <= 57 then 48 else 55 end) * 4
        + (ascii(substr(code, 16, 1)) - case when ascii(substr(code, 16, 1)) <= 57 then 48 else 55 end) * 2) % 11, 1)
    and substr(code, 18, 1) = substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (31 - (
        (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 1, 1)) - 1)
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 2, 1)) - 1) * 3
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 3, 1)) - 1) * 9
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 4, 1)) - 1) * 27
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 5, 1)) - 1) * 19
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 6, 1)) - 1) * 26
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 7, 1)) - 1) * 16
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 8, 1)) - 1) * 17
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 9, 1)) - 1) * 20
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 10, 1)) - 1) * 29
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 11, 1)) - 1) * 25
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 12, 1)) - 1) * 13
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 13, 1)) - 1) * 8
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 14, 1)) - 1) * 24
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 15, 1)) - 1) * 10
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 16, 1)) - 1) * 30
        + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, 17, 1)) - 1) * 28) % 31) % 31 + 1, 1)
$$;
