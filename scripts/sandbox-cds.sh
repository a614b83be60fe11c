#!/usr/bin/env bash
# The sandbox with Class Data Sharing (issue 15): most of the sandbox's start-up is loading ~20,000 classes out of the
# 250 jars nested in contract-hub-sandbox.jar. This extracts the jar once (Spring Boot's `-Djarmode=tools extract`),
# records the classes a start-up loads into a CDS archive with one training start, and then starts the sandbox from
# the extracted jar with that archive, which maps the classes in already parsed and verified.
#
# Two steps (static CDS): the training start writes the list of the classes it loads (-XX:DumpLoadedClassList), then
# a separate `java -Xshare:dump` builds the archive from that list. The one-step -XX:ArchiveClassesAtExit hung in its
# dump at exit with the sandbox's threads still running (JDK 17.0.15).
#
#   scripts/sandbox-cds.sh [sandbox arguments]   (re)builds the archive when the sandbox jar is newer, then starts it
#   scripts/sandbox-cds.sh --prepare             only (re)builds the archive
#
# The training start exits once the application context is refreshed (spring.context.exit=onRefresh), on a throw-away
# data directory and free ports, so it neither touches ./data nor needs the sandbox's ports. The archive belongs to
# this JDK and this jar: rebuilding the jar rebuilds it on the next start. Environment (optional):
#   SANDBOX_JAR=sandbox/target/contract-hub-sandbox.jar   SANDBOX_CDS_DIR=sandbox/target/cds
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

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

prepare() {
  echo "sandbox-cds: extracting $JAR and training the CDS archive (one start of the sandbox)" >&2
  rm -rf "$DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >&2
  local data args=()
  data="$(mktemp -d)"
  args=(--server.port="$(free_port)" --hub.data-dir="$data")
  for p in hub.simulators.crm-port hub.simulators.esign-port hub.simulators.ocr-port hub.simulators.kuaidi100-port \
           hub.people.simulators.wecom-port hub.people.simulators.his-port hub.people.simulators.dingtalk-port \
           hub.erp.simulators.kingdee-port hub.erp.simulators.u8-port hub.erp.simulators.sap-port; do
    args+=(--"$p"="$(free_port)")
  done
  if ! (cd "$data" && java -XX:DumpLoadedClassList="$CLASSES" -Dspring.context.exit=onRefresh -jar "$APP" "${args[@]}") \
      >"$DIR/training.log" 2>&1 || [[ ! -s "$CLASSES" ]] \
      || ! java -Xshare:dump -XX:SharedClassListFile="$CLASSES" -XX:SharedArchiveFile="$ARCHIVE" -cp "$APP" \
      >"$DIR/dump.log" 2>&1 || [[ ! -s "$ARCHIVE" ]]; then
    echo "sandbox-cds: the training start failed, see $DIR/training.log and dump.log" >&2
    rm -rf "$data"
    exit 1
  fi
  rm -rf "$data"
}

if [[ ! -s "$ARCHIVE" || "$JAR" -nt "$ARCHIVE" ]]; then
  prepare
fi
if [[ "${1:-}" == "--prepare" ]]; then
  echo "$ARCHIVE"
  exit 0
fi
exec java -XX:SharedArchiveFile="$ARCHIVE" -jar "$APP" "$@"
