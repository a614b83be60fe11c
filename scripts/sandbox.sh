#!/usr/bin/env bash
# Starts the sandbox (README's first command): contract-hub-sandbox.jar, fast. Plain `java -jar` on that jar spends
# most of its start-up loading ~20,000 classes out of the 250 jars nested in it, and on two cores the C2 compiler takes
# half the CPU of a start. So this script, once per build of the jar:
#   1. extracts the jar (Spring Boot's `-Djarmode=tools extract`: the same jar, its libraries beside it);
#   2. records the classes one start loads (a training start on a throw-away data dir and free ports, stopped once it
#      is UP) and builds a Class Data Sharing archive of them (`java -Xshare:dump`), which later starts map in already
#      parsed and verified;
# and then starts the sandbox from the extracted jar with that archive and the C1 compiler only
# (-XX:TieredStopAtLevel=1: quicker to warm up; the sandbox is for trying the hub, not for peak throughput).
# It runs in the current directory, so ./data is where `java -jar` would put it; arguments go to the sandbox.
#
# Static CDS in two steps: the one-step -XX:ArchiveClassesAtExit hung in its dump at exit with the sandbox's threads
# still running (JDK 17.0.15).
#
#   scripts/sandbox.sh [sandbox arguments]   prepares when the jar is newer than the archive, then starts the sandbox
#   scripts/sandbox.sh --prepare             only prepares
#
# The archive belongs to this JDK and this jar: rebuilding the jar prepares again at the next start. Environment
# (optional): SANDBOX_JAR (sandbox/target/contract-hub-sandbox.jar), SANDBOX_CDS_DIR (sandbox/target/cds),
# SANDBOX_JAVA_OPTS (more JVM options, e.g. -Xmx1g).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${SANDBOX_JAR:-$ROOT/sandbox/target/contract-hub-sandbox.jar}"
DIR="${SANDBOX_CDS_DIR:-$ROOT/sandbox/target/cds}"
APP="$DIR/$(basename "$JAR")"
ARCHIVE="$DIR/$(basename "$JAR" .jar).jsa"
CLASSES="$DIR/$(basename "$JAR" .jar).classlist"

if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi

fail() {
  echo "sandbox: the training start failed: $1; see $DIR/training.log and $DIR/dump.log" >&2
  exit 1
}

# The training start runs until /actuator/health says UP (Camel's routes and everything a start loads after the
# context refresh included), then stops; its class list is the archive's content.
prepare() {
  echo "sandbox: first start of this build: extracting the jar and training its class archive (one start, once)" >&2
  rm -rf "$DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >&2
  local data port pid args=() up=""
  data="$(mktemp -d)"
  mapfile -t args < <("$ROOT/scripts/sandbox-ports.sh")
  port="${args[0]#--server.port=}"
  args+=(--hub.data-dir="$data")
  (cd "$data" && exec java -XX:DumpLoadedClassList="$CLASSES" -XX:TieredStopAtLevel=1 -jar "$APP" "${args[@]}") \
    >"$DIR/training.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || break
    if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      up=1; break
    fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  [[ -n "$up" && -s "$CLASSES" ]] || fail "it did not come up"
  java -Xshare:dump -XX:SharedClassListFile="$CLASSES" -XX:SharedArchiveFile="$ARCHIVE" -cp "$APP" \
    >"$DIR/dump.log" 2>&1 && [[ -s "$ARCHIVE" ]] || fail "no archive was written"
}

if [[ ! -s "$ARCHIVE" || "$JAR" -nt "$ARCHIVE" ]]; then
  prepare
fi
if [[ "${1:-}" == "--prepare" ]]; then
  echo "$ARCHIVE"
  exit 0
fi
# shellcheck disable=SC2086
exec java -XX:SharedArchiveFile="$ARCHIVE" -XX:TieredStopAtLevel=1 ${SANDBOX_JAVA_OPTS:-} -jar "$APP" "$@"
