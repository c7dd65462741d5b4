#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an EMPTY database (never over live data).
#
#   PGPORT=5433 PGDATABASE=platform_restored ops/restore.sh [--create] FILE
#
# The database is named by the standard libpq variables, as for ops/backup.sh; --create makes
# it first (on the same server). Objects belong to the restoring user. Then point the platform
# at it: SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:PORT/DATABASE (see docs/operations.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

create=false
if [[ "${1:-}" == "--create" ]]; then
  create=true
  shift
fi
file=${1:?usage: ops/restore.sh [--create] FILE}
[[ -f "$file" ]] || die "no backup file $file"
connection_defaults
if $create; then
  find_pg_bin "$(server_major postgres)"
else
  find_pg_bin "$(server_major)"
fi
if $create; then
  "$PG_BIN/psql" -XAtq -d postgres -v ON_ERROR_STOP=1 -v db="$PGDATABASE" <<'SQL'
create database :"db";
SQL
  log "created database $PGDATABASE"
fi
tables=$("$PG_BIN/psql" -XAtq -c "select count(*) from pg_tables where schemaname = 'public'")
(( tables == 0 )) || die "database $PGDATABASE already has $tables tables: restore into an empty database"
"$PG_BIN/pg_restore" --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$PGDATABASE" "$file"
"$PG_BIN/psql" -XAtq -c "analyze"
log "restored $file into $PGDATABASE on $PGHOST:$PGPORT: $("$PG_BIN/psql" -XAtq -c \
  "select count(*) from pg_tables where schemaname = 'public'") tables," \
  "$("$PG_BIN/psql" -XAtq -c 'select count(*) from flyway_schema_history') migrations"
