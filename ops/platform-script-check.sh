#!/usr/bin/env bash
# Checks bin/platform's class-data-sharing handling (decisions 0062 and 0071) without starting the application: a stand-in
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
    -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) archive="${arg#*=}" ;;
    --destination) next=dest ;;
    *) if [[ "${next:-}" == dest ]]; then dest="$arg"; next=""; fi ;;
  esac
done
if [[ "${mode:-}" == extract ]]; then
  echo "extract" >>"$FAKE_LOG"
  # FAKE_AOT: a jar built with the processed context (its initializer's name in the jar)
  mkdir -p "$dest"; sleep 1; echo "layout ${FAKE_AOT:+PlatformApplication__ApplicationContextInitializer}" \
    >"$dest/platform.jar"; exit 0
fi
echo "run $*" >>"$FAKE_LOG"
dump() { [[ -n "$archive" ]] && echo archive >"$archive"; }
if [[ -n "${FAKE_FAIL:-}" ]]; then dump; exit 1; fi
trap 'dump; exit 143' TERM
while true; do sleep 0.1; done
EOF
chmod +x "$WORK/bin/java"
unset JAVA_HOME   # bin/platform would take that JDK's java rather than the stand-in
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
# 4. a JDK 25 (its release file says so) trains the JVM's AOT cache and starts from it; a jar with the context
#    processed at build time starts from that, unless PLATFORM_AOT=off (decision 0071)
mkdir -p "$WORK/jdk25/bin"; cp "$WORK/bin/java" "$WORK/jdk25/bin/java"
echo 'JAVA_VERSION="25.0.3"' >"$WORK/jdk25/release"
sleep 1; echo jar3 >"$PLATFORM_JAR"
: >"$FAKE_LOG"
JAVA_HOME="$WORK/jdk25" FAKE_AOT=1 "$ROOT/bin/platform" & e=$!
sleep 2.5
check "a JDK 25 trains the JVM's AOT cache" 'grep -q "^run .*-XX:AOTCacheOutput=$CDS/app-25.0.3.aot.training" "$FAKE_LOG"'
check "a jar with the processed context starts from it" 'grep -q "^run .*-Dspring.aot.enabled=true" "$FAKE_LOG"'
kill -TERM "$e"; wait "$e" || true
check "the AOT cache is kept under the JDK's version" '[[ -s "$CDS/app-25.0.3.aot" ]]'
: >"$FAKE_LOG"
JAVA_HOME="$WORK/jdk25" PLATFORM_AOT=off "$ROOT/bin/platform" & f=$!
sleep 0.5
check "the next run on that JDK starts from its AOT cache" 'grep -q "^run .*-XX:AOTCache=$CDS/app-25.0.3.aot " "$FAKE_LOG"'
check "PLATFORM_AOT=off starts the classic way" '! grep -q "spring.aot.enabled" "$FAKE_LOG"'
kill -TERM "$f"; wait "$f" || true
: >"$FAKE_LOG"
"$ROOT/bin/platform" & g=$!
sleep 0.5
check "another JDK trains its own archive" 'grep -q "^run .*-XX:ArchiveClassesAtExit=$CDS/app.jsa.training" "$FAKE_LOG"'
kill -TERM "$g"; wait "$g" || true
exit $failed
