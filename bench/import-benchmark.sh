#!/usr/bin/env bash
# Import benchmark: generates a valid enterprises CSV of ROWS rows (default 100,000), starts the
# application jar on a throw-away data directory and port, takes a token for admin/demo, uploads
# the file, polls the job until it has finished and prints rows per second. Stops the application.
#
#   ./mvnw -B -ntp -q -pl platform-web -am package -DskipTests   # builds platform-web/target/platform-web-*.jar
#   bench/import-benchmark.sh [ROWS]
#
# Needs java, curl and jq. Works in a temporary directory (the file, a copy of the jar, the
# database, the application's log) that is removed at the end unless BENCH_KEEP=1.
# BENCH_PORT chooses the port (default 18080).
set -euo pipefail

ROWS="${1:-100000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$(ls "$ROOT"/platform-web/target/platform-web-*.jar | grep -v original | head -n 1)"
PORT="${BENCH_PORT:-18080}"
WORK="$(mktemp -d -t kjj-import-bench-XXXXXX)"
FILE="$WORK/enterprises.csv"
BASE="http://127.0.0.1:$PORT"
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"            # SIGTERM: the application stops its embedded PostgreSQL too
    wait "$APP_PID" 2>/dev/null || true
  fi
  # the copy of the jar and the database: large; BENCH_KEEP=1 keeps them with the log
  [[ -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"
}
trap stop_app EXIT

echo "== generating $ROWS rows"
java -cp "$ROOT/platform-domain/target/classes" "$ROOT/bench/GenerateImportFile.java" "$ROWS" "$FILE"

# a copy, so that a build replacing the jar meanwhile cannot pull classes from under the running application
cp "$JAR" "$WORK/app.jar"
echo "== starting $(basename "$JAR") on port $PORT (data in $WORK/data, log in $WORK/app.log)"
java -jar "$WORK/app.jar" --server.port="$PORT" --platform.data-dir="$WORK/data" \
  --spring.servlet.multipart.max-file-size=60MB --spring.servlet.multipart.max-request-size=61MB \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the application stopped; see $WORK/app.log"; exit 1; fi
  sleep 1
done

TOKEN="$(curl -fsS --max-time 30 -u admin:demo -H 'Content-Type: application/json' \
  -d '{"name":"import-benchmark","expiresInDays":1}' "$BASE/api/v1/auth/tokens" | jq -r .token)"

echo "== uploading $(du -h "$FILE" | cut -f1)"
START=$(date +%s.%N)
LOCATION="$(curl -fsS --max-time 120 -o /dev/null -w '%header{location}' -H "Authorization: Bearer $TOKEN" \
  -F "file=@$FILE;type=text/csv" "$BASE/api/v1/imports/enterprises")"
UPLOADED=$(date +%s.%N)
DEADLINE=$(( $(date +%s) + 600 ))
while true; do
  [[ $(date +%s) -lt $DEADLINE ]] || { echo "no result within 10 minutes"; exit 1; }
  JOB="$(curl -fsS --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE$LOCATION")"
  STATUS="$(jq -r .status <<<"$JOB")"
  [[ "$STATUS" == DONE || "$STATUS" == FAILED ]] && break
  sleep 0.2
done
END=$(date +%s.%N)

echo "$JOB" | jq '{status, totalRows, processedRows, createdRows, errorCount, createdAt, finishedAt, errors: (.errors // [])[:3]}'
[[ "$STATUS" == DONE ]] || { echo "the import failed"; exit 1; }
STORED="$(curl -fsS --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/enterprises?q=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95&size=1" \
  | jq -r '.page.totalElements // "n/a"')"
awk -v rows="$ROWS" -v s="$START" -v u="$UPLOADED" -v e="$END" -v stored="$STORED" -v cores="$(nproc)" 'BEGIN {
  printf "rows: %d (found by search afterwards: %s)\n", rows, stored;
  printf "upload: %.1f s, upload to DONE: %.1f s on %d cores\n", u - s, e - s, cores;
  printf "rate: %.0f rows/s\n", rows / (e - s);
}'
