#!/usr/bin/env bash
# Sandbox start-up time (issue 15): starts contract-hub-sandbox.jar N times, each on a fresh data dir and free ports,
# and measures the time from process start to /actuator/health UP and the CPU seconds the process used until then.
# Prints a markdown table and writes it to bench/results/startup-<UTC ts>.md. See bench/README.md, "Start-up".
#
#   bench/startup.sh                         # 3 runs of README's command, scripts/sandbox.sh (prepared once first)
#   STARTUP_PLAIN=1 bench/startup.sh         # 3 runs of plain `java -jar sandbox/target/contract-hub-sandbox.jar`
#   STARTUP_RUNS=5 bench/startup.sh
#   STARTUP_JAVA_OPTS='-Xmx1g' bench/startup.sh
#   STARTUP_JAR=/path/to/other.jar bench/startup.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${STARTUP_RUNS:-3}"
JAR="${STARTUP_JAR:-$ROOT/sandbox/target/contract-hub-sandbox.jar}"
JAVA_OPTS="${STARTUP_JAVA_OPTS:-}"
TIMEOUT_S="${STARTUP_TIMEOUT_S:-600}"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="$ROOT/bench/target/startup-$TS"
RESULT="$ROOT/bench/results/startup-$TS.md"
mkdir -p "$WORK" "$ROOT/bench/results"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR" >&2
  (cd "$ROOT" && ./mvnw -q -DskipTests package) >&2
fi
JAR="$(realpath "$JAR")"
# README's command (scripts/sandbox.sh: extracted jar, CDS archive, C1), its once-per-build preparation timed apart
PLAIN="${STARTUP_PLAIN:-0}"
PREPARED=""
if [[ "$PLAIN" != 1 ]]; then
  export SANDBOX_JAR="$JAR" SANDBOX_CDS_DIR="$WORK/cds" SANDBOX_JAVA_OPTS="$JAVA_OPTS"
  prepare_start=$(date +%s%3N)
  "$ROOT/scripts/sandbox.sh" --prepare >&2
  PREPARED="$(( $(date +%s%3N) - prepare_start ))"
fi

clk_tck=$(getconf CLK_TCK)
# user + system CPU seconds of a process (and its reaped children) from /proc/<pid>/stat
cpu_seconds() {
  awk -v t="$clk_tck" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13 + $14 + $15) / t }' "/proc/$1/stat"
}

now_ms() { date +%s%3N; }

rows=()
for run in $(seq 1 "$RUNS"); do
  dir="$WORK/run-$run"
  mkdir -p "$dir/data"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  mapfile -t args < <("$ROOT/scripts/sandbox-ports.sh")
  port="${args[0]#--server.port=}"
  args+=(--hub.data-dir="$dir/data")
  start=$(now_ms)
  # from the run directory, like the README's command from a checkout: no ./config next to it
  # shellcheck disable=SC2086
  if [[ "$PLAIN" == 1 ]]; then
    (cd "$dir" && exec java $JAVA_OPTS -jar "$JAR" "${args[@]}") >"$dir/hub.log" 2>&1 &
  else
    (cd "$dir" && exec "$ROOT/scripts/sandbox.sh" "${args[@]}") >"$dir/hub.log" 2>&1 &
  fi
  pid=$!
  ready=""
  while kill -0 "$pid" 2>/dev/null; do
    if curl -fsS --max-time 1 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      ready=$(( $(now_ms) - start )); break
    fi
    if (( $(now_ms) - start > TIMEOUT_S * 1000 )); then break; fi
    sleep 0.05
  done
  cpu="$( [[ -d /proc/$pid ]] && cpu_seconds "$pid" || echo "?")"
  started="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$dir/hub.log" | head -1 | grep -o '[0-9.]* seconds' || true)"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -z "$ready" ]]; then
    echo "run $run: not UP (log: $dir/hub.log)" >&2
    ready="failed"
  fi
  rows+=("| $run | $ready | ${started:-?} | $cpu | $load |")
  echo "run $run: ${ready} ms to UP, Spring ${started:-?}, ${cpu} CPU s, load $load" >&2
done

{
  echo "## Sandbox start-up, $TS"
  echo
  if [[ "$PLAIN" == 1 ]]; then
    echo "\`java ${JAVA_OPTS:+$JAVA_OPTS }-jar $(basename "$JAR")\`, $(nproc) cores, $(java -version 2>&1 | head -1)"
  else
    echo "\`scripts/sandbox.sh\` (README's command${JAVA_OPTS:+, SANDBOX_JAVA_OPTS=$JAVA_OPTS}; its preparation once per build of the jar took $PREPARED ms), $(nproc) cores, $(java -version 2>&1 | head -1)"
  fi
  echo
  echo "| run | ms to health UP | Spring \"Started in\" | CPU s until UP | load avg at start (1/5/15 min) |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$RESULT"
echo "written to $RESULT; logs in $WORK" >&2
