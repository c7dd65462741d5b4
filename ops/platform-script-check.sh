#!/usr/bin/env bash
# Checks bin/platform's class-data-sharing handling (decision 0062) without starting the application: a stand-in
# `java` on the PATH extracts a layout slowly (so that starts overlap), "runs" the application until it is stopped
# or fails as asked, and writes the file named by -XX:ArchiveClassesAtExit as the JVM does when it exits.
#
#   ops/platform-script-check.sh        # prints each check; exit status 1 when one fails
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d -t platform-script-check-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bin"
cat >"$WORK/bin/java" <<'EOF'
#!/usr/bin/env bash
# stand-in for the JVM: extract, or run until SIGTERM (status 143) or fail at once (FAKE_FAIL: status 1)
archive=""
for arg in "$@"; do
  case "$arg" in
    -Djarmode=tools) mode=extract ;;
    -XX:ArchiveClassesAtExit=*) archive="${arg#*=}" ;;
    --destination) next=dest ;;
    *) if [[ "${next:-}" == dest ]]; then dest="$arg"; next=""; fi ;;
  esac
done
if [[ "${mode:-}" == extract ]]; then
  echo "extract" >>"$FAKE_LOG"
  mkdir -p "$dest"; sleep 1; echo layout >"$dest/platform.jar"; exit 0
fi
echo "run $*" >>"$FAKE_LOG"
dump() { [[ -n "$archive" ]] && echo archive >"$archive"; }
if [[ -n "${FAKE_FAIL:-}" ]]; then dump; exit 1; fi
trap 'dump; exit 143' TERM
while true; do sleep 0.1; done
EOF
chmod +x "$WORK/bin/java"
export PATH="$WORK/bin:$PATH" FAKE_LOG="$WORK/log" PLATFORM_JAR="$WORK/platform.jar"
CDS="$WORK/platform-cds"
failed=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }

echo jar >"$PLATFORM_JAR"
# 1. two starts at once after a new build: one extraction, both run from a complete layout
"$ROOT/bin/platform" & a=$!
"$ROOT/bin/platform" & b=$!
sleep 2.5
check "two starts at once extract the layout once" '[[ $(grep -c extract "$FAKE_LOG") -eq 1 ]]'
check "both started from the layout" '[[ $(grep -c "^run .*-XX:ArchiveClassesAtExit" "$FAKE_LOG") -eq 2 ]]'
check "no half-made layout is left beside it" '[[ -z "$(ls -d "$CDS".new.* "$CDS".old.* 2>/dev/null)" ]]'
# 2. stopped with SIGTERM (as a service manager or the benchmark stops it): the training run's archive is kept
kill -TERM "$a"; wait "$a" || true
check "a training run stopped with SIGTERM keeps its archive" '[[ -s "$CDS/app.jsa" ]]'
kill -TERM "$b"; wait "$b" || true
check "no training file is left behind" '[[ -z "$(ls "$CDS"/app.jsa.training.* 2>/dev/null)" ]]'
: >"$FAKE_LOG"
"$ROOT/bin/platform" & c=$!
sleep 0.5
check "the next run starts from the archive" 'grep -q "^run .*-XX:SharedArchiveFile" "$FAKE_LOG"'
kill -TERM "$c"; wait "$c" || true
# 3. a new build whose first start fails (a port in use): no archive, and the next start trains again
sleep 1; echo jar2 >"$PLATFORM_JAR"
: >"$FAKE_LOG"
status=0; FAKE_FAIL=1 "$ROOT/bin/platform" 2>/dev/null || status=$?
check "a failed start reports the application's status" '[[ $status -eq 1 ]]'
check "a new build makes a new layout" '[[ $(grep -c extract "$FAKE_LOG") -eq 1 ]]'
check "a failed training run keeps no archive" '[[ ! -e "$CDS/app.jsa" && -z "$(ls "$CDS"/app.jsa.* 2>/dev/null)" ]]'
: >"$FAKE_LOG"
"$ROOT/bin/platform" & d=$!
sleep 0.5
check "after a failed start the next run trains again" 'grep -q "^run .*-XX:ArchiveClassesAtExit" "$FAKE_LOG"'
kill -TERM "$d"; wait "$d" || true
exit $failed
