#!/usr/bin/env bash
# Builds the PostgreSQL 17 client programs (pg_dump, pg_restore, psql) from Debian's source
# package into a directory, for machines whose distribution has no postgresql-client-17
# (Debian 12 ships 15, and pg_dump refuses a newer server). Needs gcc, make, bison, flex and
# zlib1g-dev (installs the missing ones with apt-get when run as root); takes a few minutes once.
# Prints the directory of the programs.
#
#   ops/pg-client.sh [target-dir]        (default: ./data/pg-client-17)
set -euo pipefail

target=$(realpath -m "${1:-./data/pg-client-17}")
if [[ -x "$target/bin/pg_dump" ]]; then
  echo "$target/bin"
  exit 0
fi
missing=()
for tool in gcc make bison flex; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[[ -f /usr/include/zlib.h ]] || missing+=(zlib1g-dev)
if ((${#missing[@]})); then
  echo "installing ${missing[*]}" >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
  > "$work/sources.list"
apt_options=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=- \
  -o "Dir::State::Lists=$work/lists" -o APT::Get::List-Cleanup=0 -o "Dir::Cache=$work/cache")
apt-get update -qq "${apt_options[@]}" >&2
(cd "$work" && apt-get source -qq --download-only "${apt_options[@]}" postgresql-17 >&2)
tar -xjf "$work"/postgresql-17_*.orig.tar.bz2 -C "$work"
cd "$work"/postgresql-17*/
./configure --quiet --prefix="$target" --without-readline --without-icu >&2
for part in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do
  make -s -j2 -C "$part" install >&2
done
echo "$target/bin"
