#!/usr/bin/env bash
# Proves that an acknowledged submission survives kill -9 of the platform; prints PASS or FAIL
# and exits 0 or 1.
#
#   ops/kill9-check.sh        (APP_PORT=8881 DB_PORT=54882 WORKERS=32 LOAD_SECONDS=10)
#
# 1. starts the platform (the jar) on a fresh data directory, logging JSON (ECS);
# 2. WORKERS concurrent submitters POST contracts, each with its own Idempotency-Key (also
#    sent as X-Request-Id), and note every key before sending and every acknowledged one
#    (201 and the contract id) after;
# 3. after LOAD_SECONDS, kill -9 of the JVM in the middle of the load; the embedded PostgreSQL
#    is left orphaned, as it would be;
# 4. starts the platform again on the same directory (it stops the orphan first) and checks in
#    the database that every acknowledged key is there once, with the contract it answered, and
#    that no contract of the run is there twice or without its key;
# 5. retries every submission that was in flight at the kill, twice, with the same key and body:
#    the first retry creates it (201) or finds it (200), the second answers 200 with the same
#    contract; acknowledged ones answer 200 with their contract; then counts again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

APP_PORT=${APP_PORT:-8881}
DB_PORT=${DB_PORT:-54882}
WORKERS=${WORKERS:-32}
LOAD_SECONDS=${LOAD_SECONDS:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-kill9-check.XXXXXX")
mkdir -p "$work"/{bodies,sent,acked,failed}
app_pid=
cleanup() {
  [[ -z "$app_pid" ]] || stop_app "$app_pid"
  # stopped between the kill and the restart: the orphaned PostgreSQL must not outlive the check
  local orphan
  orphan=$(head -1 "$work/data/postgres/postmaster.pid" 2>/dev/null || true)
  [[ -z "$orphan" ]] || kill -INT "$orphan" 2>/dev/null || true
  log "logs and the submitters' records are in $work"
}
trap cleanup EXIT
export LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
run=$(date +%s)

body() { # body KEY AMOUNT
  printf '{"title":"断电检查 %s","type":"TECHNOLOGY_DEVELOPMENT","subtype":"COMMISSIONED",' "$1"
  printf '"technologyField":"ELECTRONIC_INFORMATION","buyer":{"name":"深圳市断电检查有限公司",'
  printf '"creditCode":"91440300708461136T","regionCode":"440300","country":"CN"},"signedOn":"2023-01-10",'
  printf '"validFrom":"2023-01-10","validTo":"2025-12-31","contractAmount":"%s","techTransactionAmount":"%s"}' "$2" "$2"
}

post() { # post KEY: prints "STATUS ID"
  local out
  out=$(curl -sS --max-time 60 -o - -w ' %{http_code}' -H "Authorization: Bearer $bearer" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $1" -H "X-Request-Id: $1" \
    --data-binary "@$work/bodies/$1" "http://localhost:$APP_PORT/api/v1/contracts" 2>/dev/null) || true
  echo "${out##* } $(sed -nE 's/^\{"id":([0-9]+),.*/\1/p' <<<"$out")"
}

submitter() { # submitter N: posts until the platform is gone
  local n=$1 i=0 key answer
  while [[ ! -e "$work/stop" ]]; do
    i=$((i + 1))
    key="k9-$run-$n-$i"
    body "$key" "$((n * 100000 + i)).00" >"$work/bodies/$key"
    echo "$key" >>"$work/sent/$n"
    answer=$(post "$key")
    case "${answer%% *}" in
      200 | 201) echo "$key ${answer#* }" >>"$work/acked/$n" ;;
      000) return 0 ;; # the platform is gone: this key stays in flight
      *) echo "$key $answer" >>"$work/failed/$n" ;;
    esac
  done
}

records() { find "$work/$1" -type f -exec cat {} +; } # records DIR: every submitter's lines

psql_db() { PGHOST=localhost PGPORT=$DB_PORT PGUSER=postgres psql -XAtq -d postgres -v ON_ERROR_STOP=1 "$@"; }

check_database() { # prints the problems it finds, nothing when all is well
  records acked | sort >"$work/acked.txt"
  psql_db <<SQL
create temp table acked (key varchar(100) primary key, contract_id bigint);
\copy acked from '$work/acked.txt' with (format text, delimiter ' ')
select 'acknowledged but missing or different: ' || a.key from acked a
  left join idempotency_key k on k.key = a.key and k.contract_id = a.contract_id
  left join technology_contract c on c.id = k.contract_id
 where c.id is null;
select 'contract without its key: ' || c.id from technology_contract c
 where c.title like '断电检查 k9-$run-%' and not exists (select 1 from idempotency_key k where k.contract_id = c.id);
select 'key with two contracts: ' || key from idempotency_key where key like 'k9-$run-%' group by key having count(*) > 1;
select 'contract of two keys: ' || contract_id from idempotency_key where key like 'k9-$run-%'
 group by contract_id having count(*) > 1;
SQL
}

start_app first "$APP_PORT" "$work/first.log" --platform.data-dir="$work/data" --platform.embedded-db.port="$DB_PORT"
app_pid=$APP_PID
wait_up "$APP_PORT"
bearer=$(token "$APP_PORT" enterprise.demo demo)
log "durability settings of the embedded database: $(psql_db -c "select string_agg(name || '=' || setting, ' ')
  from pg_settings where name in ('fsync', 'synchronous_commit')")"

submitters=()
for n in $(seq "$WORKERS"); do
  submitter "$n" &
  submitters+=($!)
done
sleep "$LOAD_SECONDS"
before_kill=$(records acked | wc -l)
kill -9 "$app_pid"
log "kill -9 of the platform (pid $app_pid) after ${LOAD_SECONDS}s of load, $before_kill submissions acknowledged so far"
app_pid=
touch "$work/stop"
wait "${submitters[@]}" || true

acked=$(records acked | wc -l)
failed=$(records failed | wc -l)
sent=$(records sent | wc -l)
records sent | sort >"$work/sent.txt"
{ records acked; records failed; } | cut -d' ' -f1 | sort | comm -23 "$work/sent.txt" - >"$work/inflight.txt"
log "$WORKERS submitters sent $sent, acknowledged $acked, refused $failed, in flight at the kill $(wc -l <"$work/inflight.txt")"

start_app second "$APP_PORT" "$work/second.log" --platform.data-dir="$work/data" --platform.embedded-db.port="$DB_PORT"
app_pid=$APP_PID
wait_up "$APP_PORT"
problems=$(check_database)
stored=$(psql_db -c "select count(*) from idempotency_key where key like 'k9-$run-%'")
log "after the restart: $stored of this run's keys stored, every acknowledged one among them: $([[ -z "$problems" ]] && echo yes || echo NO)"

retried=0
while read -r key; do
  [[ -n "$key" ]] || continue
  first=$(post "$key")
  second=$(post "$key")
  if [[ ! "${first%% *}" =~ ^20[01]$ || "${second%% *}" != 200 || "${first#* }" != "${second#* }" ]]; then
    problems+=$'\n'"in-flight $key: retry answered '$first', then '$second'"
  fi
  retried=$((retried + 1))
done <"$work/inflight.txt"
while read -r key id; do
  again=$(post "$key")
  [[ "$again" == "200 $id" ]] || problems+=$'\n'"acknowledged $key ($id): retry answered '$again'"
done < <(shuf -n 20 "$work/acked.txt" 2>/dev/null || head -20 "$work/acked.txt")
problems+=$(check_database)
log "retried $retried in-flight submissions twice and 20 acknowledged ones once"
log "contracts of this run now: $(psql_db -c "select count(*) from technology_contract where title like '断电检查 k9-$run-%'"),"\
" keys: $(psql_db -c "select count(*) from idempotency_key where key like 'k9-$run-%'")"
json=$(grep -m1 "\"requestId\":\"k9-$run-" "$work/first.log" || true)
log "a JSON log line of the load: ${json:0:300}"

if [[ -z "${problems//$'\n'/}" && "$acked" -gt 0 && -n "$json" ]]; then
  echo PASS
  exit 0
fi
echo "$problems" | sed '/^$/d' | head -20
echo FAIL
exit 1
