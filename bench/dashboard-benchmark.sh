#!/usr/bin/env bash
# Dashboard benchmark: starts the application jar with its demo data on a throw-away data
# directory, logs in as official.city (the portal page, with a session from the form login) and
# takes a token for it (the API), warms up, then times N requests of each of
#   /dashboard?region=440700               (the city: tiles, trends and its seven districts)
#   /dashboard?region=440704               (a district)
#   /api/v1/dashboard?region=440700        (the JSON twin)
# with curl's time_total, one request at a time, and prints min / p50 / p95 / max in ms.
#
#   ./mvnw -B -ntp -q -pl platform-web -am package -DskipTests   # builds platform-web/target/platform-web-*.jar
#   bench/dashboard-benchmark.sh [N]           # N defaults to 200
#
# Needs java, curl and jq. BENCH_PORT chooses the port (default 8481); BENCH_KEEP=1 keeps the
# temporary directory (database and log). The machine may be busy with other work: run it twice.
set -euo pipefail

N="${1:-200}"
WARMUP=30
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$(ls "$ROOT"/platform-web/target/platform-web-*.jar | grep -v original | head -n 1)"
PORT="${BENCH_PORT:-8481}"
WORK="$(mktemp -d -t kjj-dashboard-bench-XXXXXX)"
BASE="http://127.0.0.1:$PORT"
COOKIES="$WORK/cookies.txt"
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"            # SIGTERM: the application stops its embedded PostgreSQL too
    wait "$APP_PID" 2>/dev/null || true
  fi
  [[ -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"
}
trap stop_app EXIT

cp "$JAR" "$WORK/app.jar"
echo "== starting $(basename "$JAR") on port $PORT with demo data (data in $WORK/data, log in $WORK/app.log)"
java -jar "$WORK/app.jar" --server.port="$PORT" --platform.data-dir="$WORK/data" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  if curl -fsS "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the application stopped; see $WORK/app.log"; exit 1; fi
  sleep 1
done

# the portal: the login form's CSRF token, then the form login; the session cookie stays in $COOKIES
CSRF="$(curl -fsS -c "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
curl -fsS -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "username=official.city" \
  --data-urlencode "password=demo" --data-urlencode "_csrf=$CSRF" "$BASE/login"
TOKEN="$(curl -fsS -u official.city:demo -H 'Content-Type: application/json' \
  -d '{"name":"dashboard-benchmark","expiresInDays":1}' "$BASE/api/v1/auth/tokens" | jq -r .token)"
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" "$BASE/dashboard?region=440700")"
[[ "$STATUS" == 200 ]] || { echo "GET /dashboard answered $STATUS (login failed?)"; exit 1; }
echo "== the city's dashboard (API):"
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/dashboard?region=440700" \
  | jq -c '{year, highTech: .highTechStock.value, previous: .highTechStock.previous, change: .highTechStock.change,
            turnover: .turnover.value, awaiting: .awaitingReview, overdue, expiring, districts: (.subregions | length)}'

# time_total of N requests (after WARMUP), printed as min / p50 / p95 / max in milliseconds
measure() {
  local label="$1"; shift
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done \
    | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
        p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)];
        printf "%-36s n=%d  min %6.1f  p50 %6.1f  p95 %6.1f  max %6.1f ms\n", label, NR, t[1], p50, p95, t[NR] }'
}

echo "== $N requests each after $WARMUP warm-up requests, one at a time, on $(nproc) cores"
measure "GET /dashboard?region=440700" -b "$COOKIES" "$BASE/dashboard?region=440700"
measure "GET /dashboard?region=440704" -b "$COOKIES" "$BASE/dashboard?region=440704"
measure "GET /api/v1/dashboard?region=440700" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/dashboard?region=440700"
measure "GET /api/v1/dashboard?region=440704" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/dashboard?region=440704"
