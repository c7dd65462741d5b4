#!/usr/bin/env bash
# Proves backup and restore end to end; prints PASS or FAIL and exits 0 or 1.
#
#   ops/backup-restore-check.sh        (APP_PORT=8881 RESTORED_PORT=8882 DB_PORT=54881)
#
# 1. starts the platform (the jar) on a fresh data directory with its embedded database on a
#    fixed port, and makes records through the API: an enterprise files contracts, an official
#    registers some and returns one (registration numbers, history, audit events, roll-ups);
# 2. backs the database up with ops/backup.sh while the platform runs;
# 3. restores it with ops/restore.sh into a new, empty database of the same server;
# 4. starts a second platform on the restored database and compares the two: row counts of
#    every table, checksums of the contracts (ids, amounts, statuses, registration numbers), of
#    the enterprises and of the whole audit trail, and the contract list as each platform's API
#    gives it, read with the same bearer token (tokens are restored too).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

APP_PORT=${APP_PORT:-8881}
RESTORED_PORT=${RESTORED_PORT:-8882}
DB_PORT=${DB_PORT:-54881}
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-backup-check.XXXXXX")
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do stop_app "${pids[$i]}"; done
  log "logs and the backup are in $work"
}
trap cleanup EXIT

contract() {
  printf '{"title":"备份检查合同 %s","type":"TECHNOLOGY_DEVELOPMENT","subtype":"COMMISSIONED",' "$1"
  printf '"technologyField":"ELECTRONIC_INFORMATION","buyer":{"name":"深圳市备份检查有限公司",'
  printf '"creditCode":"91440300708461136T","regionCode":"440300","country":"CN"},"signedOn":"2023-01-10",'
  printf '"validFrom":"2023-01-10","validTo":"2025-12-31","contractAmount":"%s","techTransactionAmount":"%s"}' "$2" "$2"
}

api() { # api METHOD PORT BEARER PATH [BODY]: prints the body, fails on a status >= 400
  curl -fsS -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    ${5:+-d "$5"} "http://localhost:$2$4"
}

# What must be equal: every table's row count and checksums of the records, from the database.
snapshot() {
  PGPORT=$DB_PORT PGHOST=localhost PGUSER=postgres "$PG_BIN/psql" -XAtq -d "$1" <<'SQL'
select 'rows ' || string_agg(table_name || '=' || (xpath('/row/c/text()',
         query_to_xml(format('select count(*) as c from %I', table_name), false, true, '')))[1]::text, ' '
         order by table_name)
  from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE';
select 'contracts ' || count(*) || ' ' || md5(coalesce(string_agg(concat_ws(':', id, contract_amount,
         tech_transaction_amount, status, registration_no, version), ',' order by id), '')) from technology_contract;
select 'enterprises ' || count(*) || ' ' || md5(coalesce(string_agg(t::text, ',' order by id), '')) from enterprise t;
select 'audit ' || count(*) || ' ' || md5(coalesce(string_agg(t::text, ',' order by id), '')) from audit_event t;
SQL
}

find_pg_bin 17
start_app original "$APP_PORT" "$work/original.log" --platform.data-dir="$work/original" \
  --platform.embedded-db.port="$DB_PORT"
pids+=("$APP_PID")
wait_up "$APP_PORT"

enterprise=$(token "$APP_PORT" enterprise.demo demo)
official=$(token "$APP_PORT" official.jianghai demo)
ids=()
for i in 1 2 3 4 5 6; do
  ids+=("$(api POST "$APP_PORT" "$enterprise" /api/v1/contracts "$(contract "$i" "$((i * 150000)).50")" \
    | sed -E 's/^\{"id":([0-9]+).*/\1/')")
done
for id in "${ids[@]:0:3}"; do api POST "$APP_PORT" "$official" "/api/v1/contracts/$id/register" >/dev/null; done
api POST "$APP_PORT" "$official" "/api/v1/contracts/${ids[3]}/return" '{"reason":"请补充技术指标附件"}' >/dev/null
log "made ${#ids[@]} contracts through the API: 3 registered, 1 returned"

backup=$(PGPORT=$DB_PORT "$OPS_DIR/backup.sh" "$work/platform.dump")
PGPORT=$DB_PORT PGDATABASE=platform_restored "$OPS_DIR/restore.sh" --create "$backup"

SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/platform_restored" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= start_app restored "$RESTORED_PORT" "$work/restored.log" \
  --platform.data-dir="$work/restored"
pids+=("$APP_PID")
wait_up "$RESTORED_PORT"

original=$(snapshot postgres)
restored=$(snapshot platform_restored)
list_original=$(api GET "$APP_PORT" "$official" '/api/v1/contracts?size=100&sort=id')
list_restored=$(api GET "$RESTORED_PORT" "$official" '/api/v1/contracts?size=100&sort=id')
echo "original: $original" | tr '\n' ' ' | sed 's/ $/\n/'
echo "restored: $restored" | tr '\n' ' ' | sed 's/ $/\n/'
echo "API contract list: original $(printf %s "$list_original" | md5sum | cut -c1-32)," \
  "restored $(printf %s "$list_restored" | md5sum | cut -c1-32) (${#list_original} bytes)"
if [[ "$original" == "$restored" && "$list_original" == "$list_restored" ]] \
    && grep -q "^contracts 6 " <<<"$original" && grep -q '"registrationNo":"' <<<"$list_restored"; then
  echo PASS
  exit 0
fi
echo FAIL
exit 1
