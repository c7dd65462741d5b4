# Shared by the ops scripts: finding PostgreSQL client programs that match the server, and
# starting, waiting for and stopping the platform's jar. Source it; do not run it.

OPS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(dirname "$OPS_DIR")
JAR_DEFAULT="$PROJECT_DIR/platform-web/target/platform-web-0.1.0-SNAPSHOT.jar"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# The major version of a PostgreSQL client program ("pg_dump (PostgreSQL) 17.11" -> 17).
client_major() { "$1" --version 2>/dev/null | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/'; }

# Sets PG_BIN to a directory whose pg_dump has at least the given major version (pg_dump refuses
# a newer server). Looks in $PG_BIN, on PATH, in /usr/lib/postgresql/*/bin and in
# data/pg-client-17 of the project (what ops/pg-client.sh builds).
find_pg_bin() {
  local wanted=$1 candidate
  [[ "$wanted" =~ ^[0-9]+$ ]] || die "cannot tell the server's version (is the database reachable?)"
  for candidate in ${PG_BIN:+"$PG_BIN/pg_dump"} "$(command -v pg_dump || true)" \
      /usr/lib/postgresql/*/bin/pg_dump "$PROJECT_DIR/data/pg-client-17/bin/pg_dump"; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    if (( $(client_major "$candidate") >= wanted )); then
      PG_BIN=$(dirname "$candidate")
      return 0
    fi
  done
  die "no pg_dump of version $wanted or newer: install postgresql-client-$wanted, set PG_BIN, or run ops/pg-client.sh"
}

# The database of the standard libpq variables; for the embedded database PGPORT is its fixed
# port (platform.embedded-db.port), and user and database are postgres.
connection_defaults() {
  export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
  export PGPORT=${PGPORT:-${PLATFORM_EMBEDDEDDB_PORT:-}}
  [[ -n "$PGPORT" ]] || die "set PGPORT: the database's port (embedded: the fixed platform.embedded-db.port)"
}

# The server's major version, asked with whatever psql there is (any version can ask this),
# in the given database (default: PGDATABASE).
server_major() {
  psql -XAtq -d "${1:-$PGDATABASE}" -c 'show server_version_num' | awk '{ print int($1 / 10000) }'
}

# start_app NAME HTTP_PORT LOG [java args...]: starts the jar in the background; sets APP_PID.
start_app() {
  local name=$1 port=$2 logfile=$3
  shift 3
  local jar=${JAR:-$JAR_DEFAULT}
  [[ -f "$jar" ]] || die "$jar is missing: ./mvnw -B -ntp package -DskipTests"
  java -jar "$jar" --server.port="$port" "$@" >"$logfile" 2>&1 &
  APP_PID=$!
  log "$name: started (pid $APP_PID, port $port, log $logfile)"
}

# wait_up PORT [SECONDS]: waits until health answers UP.
wait_up() {
  local port=$1 limit=${2:-120} waited=0
  until curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 1
    waited=$((waited + 1))
    (( waited < limit )) || die "the platform on port $port did not come up in ${limit}s"
  done
  log "port $port: UP after ${waited}s"
}

# stop_app PID: a clean stop (SIGTERM: the embedded database stops with the application).
stop_app() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
}

# token PORT USER PASSWORD: a fresh bearer token (HTTP Basic is accepted only for this).
token() {
  curl -fsS -u "$2:$3" -H 'Content-Type: application/json' -d '{"name":"ops check","expiresInDays":1}' \
    "http://localhost:$1/api/v1/auth/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
