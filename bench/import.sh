#!/usr/bin/env bash
# Contract register import benchmark (issue 13): a generated register of BENCH_IMPORT_ROWS rows (default 50,000; two
# lines per contract, every 50th contract refused for its credit code) imported into the hub running with -Xmx512m on
# the embedded store; prints rows/s and the peak heap, and writes them to bench/results/import-<timestamp>.md.
#
# Environment (all optional):
#   BENCH_IMPORT_ROWS=50000   register rows
#   BENCH_XMX=512m            hub heap
#   BENCH_JAR=path            the hub jar (default hub/target/contract-hub.jar, built with ./mvnw -q -o package
#                             -DskipTests -pl hub -am when missing)
#   BENCH_IMPORT_TIMEOUT=1800 seconds to wait for the import
#   BENCH_START_TIMEOUT=900   seconds to wait for the hub to start (a loaded machine takes minutes)
#   BENCH_IMPORT_REGISTER=path  import this register instead of generating one
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
ROWS=${BENCH_IMPORT_ROWS:-50000}
XMX=${BENCH_XMX:-512m}
TIMEOUT=${BENCH_IMPORT_TIMEOUT:-1800}
START_TIMEOUT=${BENCH_START_TIMEOUT:-900}
TS=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$BENCH/target/import-$TS"
mkdir -p "$WORK" "$BENCH/results"
HUB_PID=""
SAMPLER_PID=""

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ -n "$HUB_PID" ] && kill -0 "$HUB_PID" 2>/dev/null; then
    kill -TERM "$HUB_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$HUB_PID" 2>/dev/null && kill -KILL "$HUB_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap "exit 130" INT TERM

JAR=${BENCH_JAR:-$ROOT/hub/target/contract-hub.jar}
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -pl hub -am)
fi
# other builds may rewrite hub/target meanwhile
cp "$JAR" "$WORK/contract-hub.jar"
(cd "$WORK" && unzip -q -o contract-hub.jar 'BOOT-INF/lib/*' -d jar)

if [ -n "${BENCH_IMPORT_REGISTER:-}" ]; then
  cp "$BENCH_IMPORT_REGISTER" "$WORK/register.xlsx"
else
  log "generating a register of $ROWS rows"
  t0=$(date +%s%N)
  java -Xmx256m -cp "$WORK/jar/BOOT-INF/lib/*" "$BENCH/RegisterGenerator.java" "$WORK/register.xlsx" "$ROWS" "BENCH-$TS-"
  log "register: $(du -h "$WORK/register.xlsx" | cut -f1) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
API_KEY="bench-$(od -An -tx8 -N8 /dev/urandom | tr -d ' ')"
URL="http://127.0.0.1:$port"
log "starting the hub with -Xmx$XMX on $URL"
(cd "$WORK" && exec env HUB_API_KEY="$API_KEY" HUB_CRM_WEBHOOK_SECRET="bench-secret-$TS" \
  java "-Xmx$XMX" -Xlog:gc:file="$WORK/gc.log" \
  -XX:StartFlightRecording=filename="$WORK/hub.jfr",settings=default,dumponexit=true \
  -jar "$WORK/contract-hub.jar" --hub.data-dir="$WORK/data" --server.address=127.0.0.1 --server.port="$port" --hub.people.his.enabled=false \
  >"$WORK/hub.log" 2>&1) &
HUB_PID=$!
started=$(date +%s)
while [ $(( $(date +%s) - started )) -lt "$START_TIMEOUT" ]; do
  curl -fsS "$URL/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$HUB_PID" 2>/dev/null || { log "the hub stopped; see $WORK/hub.log"; exit 1; }
  sleep 0.5
done
curl -fsS "$URL/actuator/health" | grep -q '"UP"' || { log "the hub did not come up"; exit 1; }
log "the hub is up after $(( $(date +%s) - started )) s"


# heap used, sampled every 0.5 s through the actuator (the sample's peak; JFR's GC summaries give the peak before GC)
(while kill -0 "$HUB_PID" 2>/dev/null; do
   curl -fsS -H "X-Api-Key: $API_KEY" "$URL/actuator/metrics/jvm.memory.used?tag=area:heap" 2>/dev/null \
     | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))' 2>/dev/null || true
   sleep 0.5
 done) >"$WORK/heap-samples.txt" &
SAMPLER_PID=$!

log "uploading"
accepted=$(curl -fsS -H "X-Api-Key: $API_KEY" -F "file=@$WORK/register.xlsx" "$URL/api/imports")
id=$(echo "$accepted" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
log "import $id accepted; polling"
start=$(date +%s)
while :; do
  progress=$(curl -fsS -H "X-Api-Key: $API_KEY" "$URL/api/imports/$id")
  echo "$progress" >>"$WORK/progress.jsonl"
  status=$(echo "$progress" | python3 -c 'import json,sys; p=json.load(sys.stdin); print(p["status"])')
  echo "$progress" | python3 -c 'import json,sys; p=json.load(sys.stdin); print("  %s %s/%s rows, %s rows/s, %s s left" % (p["status"], p["rowsDone"], p["totalRows"], p["rowsPerSecond"], p["secondsLeft"]))' >&2
  case "$status" in DONE|FAILED) break ;; esac
  [ $(( $(date +%s) - start )) -gt "$TIMEOUT" ] && { log "import not finished in $TIMEOUT s"; exit 1; }
  sleep 5
done
curl -fsS -H "X-Api-Key: $API_KEY" -o "$WORK/errors.xlsx" "$URL/api/imports/$id/errors"
heap_info=$(jcmd "$HUB_PID" GC.heap_info 2>/dev/null | head -3 | tr -s ' ' || true)
cleanup
HUB_PID=""
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

sampled_peak_mb=$(sort -n "$WORK/heap-samples.txt" | tail -1 | awk '{ printf "%.0f", $1 / 1048576 }')
jfr_peak_mb=$(jfr print --events jdk.GCHeapSummary "$WORK/hub.jfr" 2>/dev/null \
  | awk '/heapUsed/ { v = $3; u = $4; if (u == "GB") v *= 1024; if (u == "kB") v /= 1024; if (v > m) m = v } END { printf "%.0f", m }')
summary=$(echo "$progress" | python3 -c '
import json, sys
p = json.load(sys.stdin)
print("status=%s rows=%s/%s refused_rows=%s contracts_recorded=%s contracts_refused=%s rows_per_s=%s started=%s finished=%s" % (
    p["status"], p["rowsDone"], p["totalRows"], p["rowsRefused"], p["contractsRecorded"], p["contractsRefused"],
    p["rowsPerSecond"], p["startedAt"], p["finishedAt"]))')
{
  echo "# Register import benchmark $TS"
  echo
  echo "command: BENCH_IMPORT_ROWS=$ROWS BENCH_XMX=$XMX bench/import.sh"
  echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(java -version 2>&1 | head -1 | sed 's/\"//g')"
  echo "hub: embedded store (H2 + Artemis), -Xmx$XMX, git $(cd "$ROOT" && git rev-parse --short HEAD) + working tree"
  echo "register: $ROWS rows, two lines per contract, every 50th contract refused (credit code), $(du -h "$WORK/register.xlsx" | cut -f1) XLSX"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| outcome | $summary |"
  echo "| rows/s (rows done / time from start of reading to finish) | $(echo "$progress" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rowsPerSecond"])') |"
  echo "| peak heap used, JFR GC summaries (before GC) | ${jfr_peak_mb:-?} MB |"
  echo "| peak heap used, actuator samples every 0.5 s | ${sampled_peak_mb:-?} MB |"
  echo "| heap at the end (jcmd GC.heap_info) | ${heap_info:-?} |"
  echo "| OutOfMemoryError in the hub log | $(grep -c OutOfMemoryError "$WORK/hub.log" || true) |"
} | tee "$BENCH/results/import-$TS.md"
log "logs, JFR and the error report in $WORK"
