-- Decision 0024: the audit hash chain is sealed moments after commit instead of inside every
-- writing transaction. V13 locked the single-row chain head from a transaction's first audit
-- event to its commit, which serialised every audited write of every node (measured: the first
-- audit insert of a contract submission waited 53 ms on average with 64 clients).
--
-- Now an event is inserted unchained (seq, prev_hash and hash NULL: "pending"), and a sealer
-- (audit_chain_seal, called every few hundred milliseconds by each node; one at a time through an
-- advisory lock and the head's row lock) numbers the committed pending events in id order, hashes
-- them with the same audit_event_digest and moves the head once. The sequence number is given at
-- sealing, so it stays gapless and the chain linear: an event whose transaction commits late (a
-- lower id committed after higher ones were sealed) is simply sealed in the next round, with the
-- next number. Events are never hashed twice: the append-only trigger allows exactly one change
-- of a row, setting seq, prev_hash and hash from NULL with every other column unchanged.

drop trigger audit_event_chain on audit_event;
drop function audit_event_chain();

alter table audit_event
    alter column seq drop not null,
    alter column prev_hash drop not null,
    alter column hash drop not null;
create index audit_event_pending_idx on audit_event (id) where seq is null;

-- whatever code inserts, the event starts pending: only the sealer numbers and hashes
create function audit_event_pending() returns trigger language plpgsql as
$$
begin
    new.seq := null;
    new.prev_hash := null;
    new.hash := null;
    return new;
end;
$$;
create trigger audit_event_pending before insert on audit_event
    for each row execute function audit_event_pending();

-- append-only, except the sealing of a pending event (once; nothing else may change)
create function audit_event_append_or_seal() returns trigger language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.prev_hash is null and old.hash is null
            and new.seq is not null and new.prev_hash is not null and new.hash is not null
            and (new.id, new.at, new.actor, new.action, new.entity_type, new.entity_id, new.region_code,
                 new.before, new.after)
                is not distinct from
                (old.id, old.at, old.actor, old.action, old.entity_type, old.entity_id, old.region_code,
                 old.before, old.after) then
        return new;
    end if;
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end;
$$;
drop trigger audit_event_no_update on audit_event;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_or_seal();
-- a statement-level guard keeps refusing deletes and truncation even when no row matches
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- the head moves forwards only (by one or more events at a time: a sealing round moves it once)
create or replace function audit_chain_head_forward_only() returns trigger language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or new.seq <= old.seq then
        raise exception 'audit_chain_head only moves forwards' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

-- Seals up to p_limit committed pending events in id order; returns how many. Without p_wait it
-- gives up at once (returns 0) when another session, on any node, is sealing.
create function audit_chain_seal(p_limit integer, p_wait boolean default false) returns integer
    language plpgsql as
$$
declare
    head audit_chain_head%rowtype;
    e    audit_event%rowtype;
    h    char(64);
    n    integer := 0;
begin
    if p_wait then
        perform pg_advisory_xact_lock(7243010024);
    elsif not pg_try_advisory_xact_lock(7243010024) then
        return 0;
    end if;
    select * into head from audit_chain_head for update;
    for e in select * from audit_event where seq is null order by id limit p_limit loop
        head.seq := head.seq + 1;
        h := audit_event_digest(head.seq, e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id,
                                e.region_code, e.before, e.after, head.hash);
        update audit_event set seq = head.seq, prev_hash = head.hash, hash = h where id = e.id;
        head.hash := h;
        n := n + 1;
    end loop;
    if n > 0 then
        update audit_chain_head set seq = head.seq, hash = head.hash;
    end if;
    return n;
end;
$$;
