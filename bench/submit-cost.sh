#!/usr/bin/env bash
# What one contract submission costs (decision 0052), independent of how fast a shared machine runs it:
# CPU of the JVM and of PostgreSQL per acknowledged submission, commits per submission, and every
# statement with its calls per submission (pg_stat_statements, track = all, so foreign-key checks and
# the audit sealer's statements count too). With JFR=1 also a JFR recording of the measured run
# (profile settings) in the work directory: `jfr print --events jdk.ExecutionSample` shows where the
# JVM's time goes, jdk.ThreadAllocationStatistics the bytes allocated per thread.
#
#   bench/submit-cost.sh                       # the jar in platform-web/target
#   JAR=/tmp/before.jar bench/submit-cost.sh   # an earlier build, to compare on the same machine
#
# Environment (defaults): JAR; PORT (8281) and PG_PORT (8282); CONNECTIONS (16); WARMUP (45 s of
# submissions not counted); DURATION (30 s measured); WORK (a new directory under $TMPDIR; kept);
# JFR. Starts the application twice on an empty data directory (the second time with
# pg_stat_statements preloaded), loads bench/submit.lua as official.jianghai, stops it at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${JAR:-$(ls "$ROOT"/platform-web/target/platform-web-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
[[ -n "$JAR" ]] || { echo "no jar; run ./mvnw -B -ntp -q -pl platform-web -am package -DskipTests first" >&2; exit 2; }
PORT="${PORT:-8281}"; PG_PORT="${PG_PORT:-8282}"; CONNECTIONS="${CONNECTIONS:-16}"
WARMUP="${WARMUP:-45}"; DURATION="${DURATION:-30}"
WORK="${WORK:-$(mktemp -d -t kjj-submit-cost-XXXXXX)}"; mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"; DATA="$WORK/data"; APP=""
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt -d postgres)
cp "$JAR" "$WORK/app.jar"
start() {
  java -jar "$WORK/app.jar" --server.port="$PORT" --platform.data-dir="$DATA" \
    --platform.embedded-db.port="$PG_PORT" >>"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 3000); do
    curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && return
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped; see $WORK/app.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "the application did not start; see $WORK/app.log" >&2; exit 1
}
stop() { if [[ -n "$APP" ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop EXIT
start
"${PSQL[@]}" -c "alter system set shared_preload_libraries = 'pg_stat_statements'" \
  -c "alter system set pg_stat_statements.track = 'all'"
stop; start
"${PSQL[@]}" -c "create extension if not exists pg_stat_statements"
TOKEN="$(curl -fsS -u official.jianghai:demo -H 'Content-Type: application/json' \
  -d '{"name":"submit-cost","expiresInDays":1}' "$BASE/api/v1/auth/tokens" | jq -r .token)"
SELLERS="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/enterprises?region=440704&size=200" \
  | jq -r '[.content[].id] | join(",")')"
submit() {  # seconds, signed so many days ago, run id
  SELLERS="$SELLERS" SIGNED_ON="$(date -d "$2 days ago" +%F)" RUN_ID="$3" \
    wrk -t2 -c"$CONNECTIONS" -d"$1s" --timeout 60s -s "$ROOT/bench/submit.lua" \
    -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/contracts"
}
POSTMASTER="$(head -n 1 "$(find "$DATA" -name postmaster.pid | head -n 1)")"
cpu() {  # clock ticks of the JVM, and of PostgreSQL (postmaster, its live children, its reaped children)
  local pg
  pg=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$POSTMASTER/stat")
  for child in $(pgrep -P "$POSTMASTER"); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$(awk '{print $14 + $15}' "/proc/$APP/stat") $pg"
}
commits() { "${PSQL[@]}" -c "select xact_commit from pg_stat_database where datname = 'postgres'"; }
submit "$WARMUP" 3 "warmup$(date +%s)" >"$WORK/warmup.txt" 2>&1 || true
"${PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null
C0=$(commits); read -r J0 P0 < <(cpu); L0=$(cut -d' ' -f1 /proc/loadavg)
[[ -n "${JFR:-}" ]] && jcmd "$APP" JFR.start duration="${DURATION}s" filename="$WORK/submit.jfr" settings=profile >/dev/null
submit "$DURATION" 1 "cost$(date +%s)" >"$WORK/run.txt" 2>&1 || true
read -r J1 P1 < <(cpu); L1=$(cut -d' ' -f1 /proc/loadavg); C1=$(commits)
ACK=$(sed -nE 's/.* acknowledged=([0-9]+).*/\1/p' "$WORK/run.txt")
grep '^RESULT' "$WORK/run.txt"
(( ACK > 0 )) || { echo "no submission acknowledged; see $WORK/run.txt" >&2; exit 1; }
awk -v a="$ACK" -v j=$((J1 - J0)) -v p=$((P1 - P0)) -v hz="$(getconf CLK_TCK)" -v c=$((C1 - C0)) -v l0="$L0" -v l1="$L1" 'BEGIN {
  printf "%d acknowledged; CPU per submission: JVM %.3f ms, PostgreSQL %.3f ms; commits per submission %.2f; load %s -> %s\n",
    a, 1000 * j / hz / a, 1000 * p / hz / a, c / a, l0, l1 }'
echo "statements (calls per acknowledged submission, calls, mean ms, text); requests in flight at the stop count too:"
"${PSQL[@]}" -F $'\t' -c "select round(calls::numeric / $ACK, 2), calls, round(mean_exec_time::numeric, 3),
  left(regexp_replace(query, '\s+', ' ', 'g'), 160) from pg_stat_statements where calls >= $ACK / 10 order by calls desc"
[[ -n "${JFR:-}" ]] && sleep 3
echo "work directory: $WORK"
