-- The audit trail becomes a hash chain: every event gets a gapless sequence number, the hash of
-- the event before it and its own SHA-256 (hex) over a canonical text of its columns and that
-- previous hash. Changing, removing or inserting a row anywhere breaks the chain from there on,
-- which `--platform.audit.verify` and GET /api/v1/audit/verification detect.
-- Also: when an account's password last changed (other portal sessions end on a change).

alter table account add column password_changed_at timestamptz;

alter table audit_event
    add column seq       bigint,
    add column prev_hash char(64),
    add column hash      char(64);

-- The head of the chain: one row, locked by every append until its transaction ends, so appends
-- are serialised in commit order and the chain stays linear with any number of writers/nodes.
create table audit_chain_head (
    singleton boolean primary key default true check (singleton),
    seq       bigint   not null check (seq >= 0),
    hash      char(64) not null
);

-- The canonical text of an event: a JSON array, so every value is escaped and null is distinct
-- from "null"; the time in UTC with microseconds (independent of the session's TimeZone); the
-- before/after documents as PostgreSQL's normalised jsonb text.
create function audit_event_canonical(p_seq bigint, p_id bigint, p_at timestamptz, p_actor varchar,
                                      p_action varchar, p_entity_type varchar, p_entity_id varchar,
                                      p_region_code varchar, p_before jsonb, p_after jsonb, p_prev_hash char)
    returns text language sql stable as
$$
select jsonb_build_array(p_seq, p_id, to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         p_actor, p_action, p_entity_type, p_entity_id, p_region_code, p_before, p_after,
                         p_prev_hash)::text
$$;

create function audit_event_digest(p_seq bigint, p_id bigint, p_at timestamptz, p_actor varchar,
                                   p_action varchar, p_entity_type varchar, p_entity_id varchar,
                                   p_region_code varchar, p_before jsonb, p_after jsonb, p_prev_hash char)
    returns char(64) language sql stable as
$$
select encode(sha256(convert_to(audit_event_canonical(p_seq, p_id, p_at, p_actor, p_action, p_entity_type,
                                                      p_entity_id, p_region_code, p_before, p_after,
                                                      p_prev_hash), 'UTF8')), 'hex')
$$;

-- Back-fill: the events so far, in the order they were written.
insert into audit_chain_head (seq, hash) values (0, repeat('0', 64));
alter table audit_event disable trigger audit_event_no_update;
do
$$
declare
    e    record;
    n    bigint    := 0;
    prev char(64)  := repeat('0', 64);
    h    char(64);
begin
    for e in select * from audit_event order by id loop
        n := n + 1;
        h := audit_event_digest(n, e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.region_code,
                                e.before, e.after, prev);
        update audit_event set seq = n, prev_hash = prev, hash = h where id = e.id;
        prev := h;
    end loop;
    update audit_chain_head set seq = n, hash = prev;
end;
$$;
alter table audit_event enable trigger audit_event_no_update;

alter table audit_event
    alter column seq set not null,
    alter column prev_hash set not null,
    alter column hash set not null,
    add constraint audit_event_seq_key unique (seq);
create index audit_event_actor_idx on audit_event (actor, at);
create index audit_event_region_idx on audit_event (region_code, at);

-- Every insert, from whatever code, is chained here: take the head (row lock until commit),
-- number the event, hash it, move the head.
create function audit_event_chain() returns trigger language plpgsql as
$$
declare
    head audit_chain_head%rowtype;
begin
    select * into head from audit_chain_head for update;
    new.seq := head.seq + 1;
    new.prev_hash := head.hash;
    new.hash := audit_event_digest(new.seq, new.id, new.at, new.actor, new.action, new.entity_type, new.entity_id,
                                   new.region_code, new.before, new.after, new.prev_hash);
    update audit_chain_head set seq = new.seq, hash = new.hash;
    return new;
end;
$$;
create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

-- the head moves only forwards, through the trigger above
create function audit_chain_head_forward_only() returns trigger language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or new.seq <> old.seq + 1 then
        raise exception 'audit_chain_head only moves forwards' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger audit_chain_head_forward before update or delete on audit_chain_head
    for each row execute function audit_chain_head_forward_only();
