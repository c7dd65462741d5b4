-- Portal HTTP sessions, kept here (Spring Session JDBC) rather than in one node's memory, so that
-- any node behind the load balancer serves any request of a signed-in person (docs/scaling.md).
-- The shape is Spring Session's own PostgreSQL schema; only the table names follow this
-- schema's style (spring.session.jdbc.table-name=http_session). Times are epoch milliseconds.
create table http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- the signed-in username (Spring Security), so that a person's sessions can be found and ended
    principal_name        varchar(100),
    constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on http_session (session_id);
-- the expired-session clean-up deletes by expiry time
create index http_session_ix2 on http_session (expiry_time);
create index http_session_ix3 on http_session (principal_name);

-- The session's attributes (security context, CSRF token, flash messages), Java-serialised.
create table http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id)
        references http_session (primary_id) on delete cascade
);
