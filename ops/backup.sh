#!/usr/bin/env bash
# A logical backup of the platform's database: pg_dump in its custom format (compressed, one
# consistent snapshot, taken while the platform runs), then read back with pg_restore --list.
#
#   PGPORT=5433 ops/backup.sh [FILE]        default FILE: backups/platform-<UTC time>.dump
#
# Which database: the standard libpq variables PGHOST (localhost), PGPORT, PGUSER (postgres),
# PGDATABASE (postgres), PGPASSWORD or ~/.pgpass. The embedded database listens on localhost
# at platform.embedded-db.port (give it a fixed port), user and database postgres, no password.
# Needs pg_dump of the server's major version or newer (see ops/lib.sh, ops/pg-client.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

file=${1:-backups/platform-$(date -u +%Y%m%dT%H%M%SZ).dump}
connection_defaults
find_pg_bin "$(server_major)"
mkdir -p "$(dirname "$file")"
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --file="$file.partial"
"$PG_BIN/pg_restore" --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
log "backup of $PGDATABASE on $PGHOST:$PGPORT with $("$PG_BIN/pg_dump" --version): $file" \
  "($(stat -c %s "$file") bytes, sha256 $(sha256sum "$file" | cut -c1-16)...)"
echo "$file"
