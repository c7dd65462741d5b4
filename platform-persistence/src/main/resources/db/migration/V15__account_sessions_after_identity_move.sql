-- Portal sessions keep the signed-in AccountPrincipal serialised under its class name. Issue 12
-- moved it from cn.kjj.platform.account to cn.kjj.platform.identity (decision 0027), so a session
-- saved by an earlier release cannot be read by this one. Sign everyone out once instead of
-- answering their next request with an error; the attributes go with their sessions (cascade).
delete from http_session;
