#!/usr/bin/env bash
# Benchmark of the platform at scale (issue 7); see docs/performance.md for what it measures and
# the results. Builds nothing: run `./mvnw -B -ntp -q install -DskipTests` first.
#
#   bench/benchmark.sh                 # the full run: 10,000 then 1,000,000 contracts, ~10-15 minutes
#   SCALE=100000 DURATION=5 SUBMIT_DURATION=15 bench/benchmark.sh     # a quick run
#   SUBMIT_ONLY=1 SUBMIT_DURATION=20 bench/benchmark.sh                # submissions alone, on the demo data
#
# On a throw-away data directory it starts the application jar (first start timed), generates
# ENTERPRISES enterprises and SMALL contracts with the scale generator (a second JVM on the same
# embedded PostgreSQL through its fixed port), measures the trivial endpoints and every indicator
# with wrk, generates up to SCALE contracts, measures again, then the portal home page as an
# official (session cookie), contract submissions (SUBMIT_CONNECTIONS clients for
# SUBMIT_DURATION seconds, acknowledged = 201 answers, stored = contracts counted through the API
# before and after), an enterprise import of IMPORT_ROWS rows, and a cold restart on the full
# data. Prints one Markdown table (also written to $WORK/results.md).
#
# Environment (defaults): PORT (8281) and PG_PORT (8282) of the application and its database;
# ENTERPRISES (100000), SMALL (10000), SCALE (1000000), YEARS (10), SEED (1); DURATION (10, seconds
# per read measurement), CONNECTIONS (8), THREADS (2); SUBMIT_CONNECTIONS (64), SUBMIT_DURATION
# (60), SUBMIT_WARMUP (15: seconds of submissions before, not counted, while the JVM compiles the
# path); IMPORT_ROWS (100000); JAVA_OPTS for the application; RESULTS=file also writes the table
# there; SUBMIT_ONLY=1 measures the submissions only (first start, then step 7 on the demo data, no
# generator; exit status 1 when a submission was lost); BENCH_KEEP=1 keeps the work directory
# (logs of the application and the generator).
# Needs java, curl, jq and wrk (installed with apt-get when missing and running as root).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
PORT="${PORT:-8281}"
PG_PORT="${PG_PORT:-8282}"
ENTERPRISES="${ENTERPRISES:-100000}"
SMALL="${SMALL:-10000}"
SCALE="${SCALE:-1000000}"
YEARS="${YEARS:-10}"
SEED="${SEED:-1}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
SUBMIT_CONNECTIONS="${SUBMIT_CONNECTIONS:-64}"
SUBMIT_DURATION="${SUBMIT_DURATION:-60}"
SUBMIT_WARMUP="${SUBMIT_WARMUP:-15}"
IMPORT_ROWS="${IMPORT_ROWS:-100000}"
JAVA_OPTS="${JAVA_OPTS:-}"
BASE="http://127.0.0.1:$PORT"
APP_PID=""
declare -A RESULT

need() { command -v "$1" >/dev/null 2>&1 || { echo "benchmark: $1 is needed ($2)" >&2; exit 2; }; }
need java "a JDK 17"; need curl "apt-get install curl"; need jq "apt-get install jq"
if ! command -v wrk >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing wrk (apt-get install -y wrk)"
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi
  need wrk "the load tool: apt-get install wrk"
fi
JAR="$(ls "$ROOT"/platform-web/target/platform-web-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
[[ -n "$JAR" ]] || { echo "benchmark: no jar; run ./mvnw -B -ntp -q install -DskipTests first" >&2; exit 2; }
for port in "$PORT" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "benchmark: port $port is in use" >&2; exit 2; fi
done
WORK="$(mktemp -d -t kjj-bench-XXXXXX)"
cp "$JAR" "$WORK/app.jar"   # a build replacing the jar meanwhile cannot pull classes from under the application

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"              # SIGTERM: the application stops its embedded PostgreSQL too
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
finish() {
  stop_app
  if [[ -n "${BENCH_KEEP:-}" ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap finish EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Starts the application; STARTED_IN: seconds from process start to the first 200 of /actuator/health.
start_app() {
  local log="$WORK/app-$1.log" started
  started=$(now)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$WORK/app.jar" --server.port="$PORT" --platform.data-dir="$WORK/data" \
    --platform.embedded-db.port="$PG_PORT" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; then STARTED_IN="$(seconds "$started" "$(now)")"; return; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the application did not answer within 2 minutes; see $log" >&2; exit 1
}

# Runs the scale generator against the running application's database; prints its log lines.
generate() {
  local contracts="$1" log="$WORK/generate-$1.log"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= java -jar "$WORK/app.jar" --server.port=0 \
    --platform.generate.enterprises="$ENTERPRISES" --platform.generate.contracts="$contracts" \
    --platform.generate.years="$YEARS" --platform.generate.seed="$SEED" >"$log" 2>&1 \
    || { echo "generating failed; see $log" >&2; tail -30 "$log" >&2; exit 1; }
  grep -E 'generator\.' "$log" | sed -E 's/.*(Scale[A-Za-z]+) +: /  \1: /'
}

token() {
  curl -fsS -u "$1:demo" -H 'Content-Type: application/json' -d '{"name":"benchmark","expiresInDays":1}' \
    "$BASE/api/v1/auth/tokens" | jq -r .token
}

# wrk with read.lua; stores "rps p50 p95 p99" under RESULT[$1]. Rest: wrk's arguments.
measure() {
  local name="$1" out; shift
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s "$BENCH/read.lua" "$@")"
  local line; line="$(grep '^RESULT' <<<"$out")"
  local bad; bad="$(sed -E 's/.* bad=([0-9]+) socket=([0-9]+)/\1 \2/' <<<"$line")"
  [[ "$bad" == "0 0" ]] || { echo "$name: answers that were not 2xx/3xx or failed (bad, socket): $bad" >&2; echo "$out" >&2; exit 1; }
  RESULT[$name]="$(sed -E 's/RESULT rps=([0-9.]+) p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+).*/\1 \2 \3 \4/' <<<"$line")"
  echo "  $name: ${RESULT[$name]} (req/s p50 p95 p99 ms; load $(load))"
}

THIS_YEAR="$(date +%Y)"
FIRST_YEAR=$((THIS_YEAR - YEARS + 1))
INDICATORS=(
  "contract-turnover?region=440700&from=$FIRST_YEAR-01-01&to=$THIS_YEAR-12-31&period=YEAR"
  "contract-turnover?region=440700&from=$FIRST_YEAR-01-01&to=$THIS_YEAR-12-31&period=YEAR&by=FIELD"
  "high-tech-enterprises?region=440700&from=$FIRST_YEAR&to=$THIS_YEAR"
  "rd-intensity?region=440700"
  "innovation-platforms?region=440700"
  "program-funding?region=440700"
)

# An indicator's name in the results: its path, and its dimension when split (by=).
indicator_name() {
  local name="${1%%\?*}"
  [[ "$1" == *"&by="* ]] && name="$name by=${1##*&by=}"
  echo "$name"
}

measure_reads() {
  local scale="$1"
  measure "ceiling-health@$scale" "$BASE/actuator/health/liveness"
  measure "ceiling-api@$scale" -H "Authorization: Bearer $ANALYST" "$BASE/api/v1/indicators"
  for indicator in "${INDICATORS[@]}"; do
    measure "$(indicator_name "$indicator")@$scale" -H "Authorization: Bearer $ANALYST" "$BASE/api/v1/indicators/$indicator"
  done
}

contracts_stored() {
  curl -fsS -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/contracts?size=1" | jq -r .page.totalElements
}

# Contract submissions (step 7): SUBMIT_RPS, SUBMIT_P99, ACKNOWLEDGED, STORED, NOT_CREATED, LOST.
measure_submissions() {
  echo "== contract submissions: $SUBMIT_CONNECTIONS clients for $SUBMIT_DURATION s as official.jianghai"
  SELLERS="$(curl -fsS -H "Authorization: Bearer $OFFICIAL" "$BASE/api/v1/enterprises?region=440704&size=200" \
    | jq -r '[.content[].id] | join(",")')"
  if (( SUBMIT_WARMUP > 0 )); then   # the JVM compiles the submission path first; not counted
    SELLERS="$SELLERS" SIGNED_ON="$(date -d '2 days ago' +%F)" RUN_ID="warmup$(date +%s)" \
      wrk -t"$THREADS" -c"$SUBMIT_CONNECTIONS" -d"${SUBMIT_WARMUP}s" --timeout 60s -s "$BENCH/submit.lua" \
      -H "Authorization: Bearer $OFFICIAL" "$BASE/api/v1/contracts" >/dev/null 2>&1 || true
    sleep 1
  fi
  BEFORE="$(contracts_stored)"
  SUBMIT_OUT="$(SELLERS="$SELLERS" SIGNED_ON="$(date -d yesterday +%F)" RUN_ID="$(date +%s)" \
    wrk -t"$THREADS" -c"$SUBMIT_CONNECTIONS" -d"${SUBMIT_DURATION}s" --timeout 60s -s "$BENCH/submit.lua" \
    -H "Authorization: Bearer $OFFICIAL" "$BASE/api/v1/contracts" 2>"$WORK/submit.err")"
  sleep 1
  AFTER="$(contracts_stored)"
  SUBMIT_LINE="$(grep '^RESULT' <<<"$SUBMIT_OUT")"
  ACKNOWLEDGED="$(sed -E 's/.* acknowledged=([0-9]+).*/\1/' <<<"$SUBMIT_LINE")"
  SUBMIT_RPS="$(sed -E 's/RESULT rps=([0-9.]+).*/\1/' <<<"$SUBMIT_LINE")"
  SUBMIT_P99="$(sed -E 's/.* p99=([0-9.]+).*/\1/' <<<"$SUBMIT_LINE")"
  NOT_CREATED="$(sed -E 's/.* other=([0-9]+) socket=([0-9]+)/\1 refused, \2 failed on the socket/' <<<"$SUBMIT_LINE")"
  STORED=$((AFTER - BEFORE))
  # wrk stops with one request in flight per connection: the server completes and stores those,
  # wrk never counts their answers. So stored = acknowledged + at most SUBMIT_CONNECTIONS; fewer
  # stored than acknowledged is a loss, more than that an unexplained extra.
  LOST=$(( STORED < ACKNOWLEDGED || STORED > ACKNOWLEDGED + SUBMIT_CONNECTIONS ? 1 : 0 ))
  echo "  $SUBMIT_LINE; stored $STORED (load $(load))"
  [[ $LOST == 0 ]] || echo "  acknowledged $ACKNOWLEDGED but stored $STORED: not accounted for" >&2
  cat "$WORK/submit.err" >&2 || true

}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(load)"
echo "== first start on an empty data directory ($WORK/data)"
start_app first
FIRST_START="$STARTED_IN"
echo "  ${FIRST_START} s"
ADMIN="$(token admin)"; ANALYST="$(token analyst)"; OFFICIAL="$(token official.jianghai)"
if [[ -n "${SUBMIT_ONLY:-}" ]]; then   # the submissions alone, on the demo data
  measure_submissions
  stop_app
  exit $LOST
fi

echo "== generating $ENTERPRISES enterprises and $SMALL contracts over $YEARS years"
generate "$SMALL"
measure_reads "$SMALL"

echo "== generating up to $SCALE contracts"
GEN_START=$(now)
generate "$SCALE" | tee "$WORK/generate-scale.txt"
GEN_SECONDS="$(seconds "$GEN_START" "$(now)")"
COPY_MS="$(sed -nE 's/.*contracts and their history: ([0-9]+) ms/\1/p' "$WORK/generate-scale.txt")"
GEN_MS="$(sed -nE 's/.* rows in ([0-9]+) ms.*/\1/p' "$WORK/generate-scale.txt")"
measure_reads "$SCALE"

echo "== portal home page (dashboard) as official.jianghai"
curl -fsS -c "$WORK/cookies" -b "$WORK/cookies" -o "$WORK/login.html" "$BASE/login"
CSRF="$(grep -oE 'name="_csrf"[^>]*value="[^"]+"' "$WORK/login.html" | sed -E 's/.*value="([^"]+)"/\1/' | head -n 1)"
curl -fsS -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null --data-urlencode "username=official.jianghai" \
  --data-urlencode "password=demo" --data-urlencode "_csrf=$CSRF" "$BASE/login"
COOKIE="$(sed 's/^#HttpOnly_//' "$WORK/cookies" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/")" == 200 ]] \
  || { echo "the portal home page did not answer 200 with the session" >&2; exit 1; }
measure "dashboard@$SCALE" -H "Cookie: $COOKIE" "$BASE/"

measure_submissions

echo "== importing $IMPORT_ROWS enterprises through the import feature"
java -cp "$ROOT/platform-domain/target/classes" "$BENCH/GenerateImportFile.java" "$IMPORT_ROWS" "$WORK/enterprises.csv" >/dev/null
IMPORT_START=$(now)
LOCATION="$(curl -fsS -o /dev/null -w '%header{location}' -H "Authorization: Bearer $ADMIN" \
  -F "file=@$WORK/enterprises.csv;type=text/csv" "$BASE/api/v1/imports/enterprises")"
while true; do
  STATUS="$(curl -fsS -H "Authorization: Bearer $ADMIN" "$BASE$LOCATION" | jq -r .status)"
  [[ "$STATUS" == DONE || "$STATUS" == FAILED ]] && break
  sleep 0.2
done
IMPORT_SECONDS="$(seconds "$IMPORT_START" "$(now)")"
[[ "$STATUS" == DONE ]] || { echo "the import failed" >&2; exit 1; }
echo "  $IMPORT_ROWS rows in $IMPORT_SECONDS s"

echo "== cold start on the full data directory"
stop_app
start_app cold
COLD_START="$STARTED_IN"
echo "  ${COLD_START} s"
stop_app

# ---- the table -------------------------------------------------------------------------------
field() { awk -v i="$2" '{print $i}' <<<"${RESULT[$1]}"; }
check() { awk "BEGIN { print ($1) ? \"yes\" : \"**no**\" }"; }
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"\
    "$(java -version 2>&1 | head -1); load average at the end $(load);"\
    "reads: wrk $THREADS threads, $CONNECTIONS connections, $DURATION s each."
  echo
  echo "| Measurement | Target | $SMALL contracts | $SCALE contracts | Met |"
  echo "| --- | --- | --- | --- | --- |"
  CEILING="$(field "ceiling-api@$SCALE" 1)"
  for key in ceiling-health ceiling-api; do
    label="trivial endpoint \`/actuator/health/liveness\` (no auth, no database), req/s"
    [[ $key == ceiling-api ]] && label="trivial API endpoint \`GET /api/v1/indicators\` (bearer token), req/s"
    echo "| $label | ceiling | $(field "$key@$SMALL" 1) | $(field "$key@$SCALE" 1) | |"
  done
  for indicator in "${INDICATORS[@]}"; do
    name="$(indicator_name "$indicator")"
    small="$name@$SMALL"; large="$name@$SCALE"
    ok="$(check "$(field "$large" 4) <= 20 && $(field "$large" 1) >= 0.5 * $CEILING && $(field "$large" 2) <= 1.5 * $(field "$small" 2)")"
    echo "| \`$name\` req/s · p50 · p99 ms | p99 ≤ 20 ms, ≥ ½ API ceiling, p50 ratio ≤ 1.5 |"\
      "$(field "$small" 1) · $(field "$small" 2) · $(field "$small" 4) |"\
      "$(field "$large" 1) · $(field "$large" 2) · $(field "$large" 4) (p50 ×$(awk -v a="$(field "$large" 2)" -v b="$(field "$small" 2)" 'BEGIN {printf "%.2f", a / b}')) | $ok |"
  done
  echo "| contract submissions/s, $SUBMIT_CONNECTIONS clients, $SUBMIT_DURATION s (acknowledged · stored, stored ≤ acknowledged + in flight at the stop; p99 ms) | ≥ 1,000/s, nothing lost | |"\
    "$SUBMIT_RPS/s ($ACKNOWLEDGED · $STORED; $NOT_CREATED; p99 $SUBMIT_P99) | $(check "$SUBMIT_RPS >= 1000 && $LOST == 0") |"
  echo "| scale generator (COPY): contracts and history, $((SCALE - SMALL)) contracts | 1,000,000 in ≤ 60 s | |"\
    "$(awk -v n=$((SCALE - SMALL)) -v ms="$COPY_MS" 'BEGIN {printf "%.0f rows/s (%.1f s)", n * 1000 / ms, ms / 1000}'); whole run $(awk -v ms="$GEN_MS" 'BEGIN {printf "%.1f", ms / 1000}') s, with the JVM $GEN_SECONDS s |"\
    "$(check "($COPY_MS / ($SCALE - $SMALL)) * 1000000 <= 60000")"' (extrapolated to 1,000,000) |'
  echo "| import feature: $IMPORT_ROWS enterprises (CSV upload to DONE) | — | |"\
    "$(awk -v n="$IMPORT_ROWS" -v s="$IMPORT_SECONDS" 'BEGIN {printf "%.0f rows/s (%.1f s)", n / s, s}') | |"
  echo "| cold start: process start to first 200 on \`/actuator/health\` | ≤ 10 s | first start $FIRST_START s (empty directory) |"\
    "$COLD_START s | $(check "$COLD_START <= 10") |"
  echo "| dashboard: portal \`GET /\` as official.jianghai, p95 ms | ≤ 100 ms | |"\
    "$(field "dashboard@$SCALE" 3) ($(field "dashboard@$SCALE" 1) req/s) | $(check "$(field "dashboard@$SCALE" 3) <= 100") |"
} | tee "$WORK/results.md" > "$WORK/table.md"
echo
cat "$WORK/table.md"
[[ -n "${RESULTS:-}" ]] && cp "$WORK/table.md" "$RESULTS" && echo "(written to $RESULTS)"
exit 0
