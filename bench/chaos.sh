#!/usr/bin/env bash
# Chaos proof (issue 14). One command:  bench/chaos.sh
# Two hub nodes (the production jar, profiles postgres + external-broker) on one fresh PostgreSQL database and one
# standalone Artemis (scripts/artemis.sh, an instance of its own in the run directory), the Kingdee, U8 and SAP
# simulators as processes of their own (SimulatorLauncher from the sandbox jar) that inject random faults and keep their
# journals. ChaosDriver drives CHAOS_CONTRACTS contracts to EFFECTIVE through both nodes (Shanghai -> Kingdee,
# Beijing -> U8, Guangdong -> SAP) while node 2 is killed with SIGKILL CHAOS_KILLS times and restarted, and one ERP
# is down (its process stopped) for CHAOS_OUTAGE seconds. Then it waits until the work is settled and checks from
# outside (bench/chaos_check.py). Its last line is exactly
#   contracts=N lost=L duplicated=D out_of_order=O unexplained_dead_letters=U
# and it exits non-zero when any count is above 0 (or the run itself failed). See bench/README.md.
#
# Environment (all optional):
#   CHAOS_CONTRACTS=2000      contracts driven to EFFECTIVE, a third per ERP
#   CHAOS_RATE=5              contracts started per second (so the kills and the outage fall on live traffic)
#   CHAOS_CLIENTS=8           driver threads
#   CHAOS_KILLS=5             how often node 2 is killed (SIGKILL) and restarted
#   CHAOS_KILL_EVERY=30       seconds node 2 runs (after it is ready) before each kill
#   CHAOS_DOWN=5              seconds a killed node stays down
#   CHAOS_OUTAGE=120          seconds the outage ERP is down (process stopped, journal kept)
#   CHAOS_OUTAGE_ERP=kingdee  kingdee, u8 or sap
#   CHAOS_OUTAGE_AFTER=20     seconds after the driver starts that the outage begins
#   CHAOS_FAULTS=0.3          share of ERP requests that meet a fault (503, slow = time-out, reset, lost answer)
#   CHAOS_SLOW=4s             how late a "slow" answer comes (above the hub's request timeout: a time-out)
#   CHAOS_SETTLE_SECONDS=1800 bound on the wait until no inbox, outbox or ERP work is left open
#   CHAOS_READY_SECONDS=600   bound on a hub node's start until its health is UP (a loaded machine needs minutes)
#   CHAOS_XMX=384m            heap of each hub node
#   CHAOS_ARTEMIS_PORT=61616  the broker's port (the run refuses to start when something already listens there)
#   CHAOS_HUB_ARGS=""         extra hub arguments
#   CHAOS_PGHOST=127.0.0.1 CHAOS_PGPORT=5432 CHAOS_PGUSER=postgres
#   CHAOS_KEEP=0              1 = keep the database and the run directory's data (logs are always kept)
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
CONTRACTS=${CHAOS_CONTRACTS:-2000}
RATE=${CHAOS_RATE:-5}
CLIENTS=${CHAOS_CLIENTS:-8}
KILLS=${CHAOS_KILLS:-5}
KILL_EVERY=${CHAOS_KILL_EVERY:-30}
DOWN=${CHAOS_DOWN:-5}
OUTAGE=${CHAOS_OUTAGE:-120}
OUTAGE_ERP=${CHAOS_OUTAGE_ERP:-kingdee}
OUTAGE_AFTER=${CHAOS_OUTAGE_AFTER:-20}
FAULTS=${CHAOS_FAULTS:-0.3}
SLOW=${CHAOS_SLOW:-4s}
SETTLE=${CHAOS_SETTLE_SECONDS:-1800}
READY=${CHAOS_READY_SECONDS:-600}
XMX=${CHAOS_XMX:-384m}
ARTEMIS_PORT=${CHAOS_ARTEMIS_PORT:-61616}
HUB_ARGS=${CHAOS_HUB_ARGS:-}
KEEP=${CHAOS_KEEP:-0}
export PGHOST=${CHAOS_PGHOST:-127.0.0.1} PGPORT=${CHAOS_PGPORT:-5432} PGUSER=${CHAOS_PGUSER:-postgres}

case "$PGHOST" in 127.0.0.1|localhost) ;; *) echo "loopback only: CHAOS_PGHOST must be 127.0.0.1" >&2; exit 2 ;; esac
case "$OUTAGE_ERP" in kingdee|u8|sap) ;; *) echo "CHAOS_OUTAGE_ERP must be kingdee, u8 or sap" >&2; exit 2 ;; esac

TS=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$BENCH/target/chaos-$TS"
PIDS="$WORK/pids"
mkdir -p "$WORK" "$PIDS"
API_KEY="chaos-key-$RANDOM$RANDOM"
SECRET="chaos-secret-$RANDOM$RANDOM$RANDOM"
DB="chaos_$(date -u +%Y%m%d%H%M%S)_$$"
DB_CREATED=0
ARTEMIS_STARTED=0
export HUB_ARTEMIS_INSTANCE="$WORK/artemis" HUB_ARTEMIS_PORT="$ARTEMIS_PORT" HUB_ARTEMIS_HOST=127.0.0.1

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

# every process this run starts has its pid in $PIDS/<name>; only those are ever stopped
stop_pid_file() {
  local file=$1 signal=${2:-TERM} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

cleanup() {
  local rc=$?
  trap - EXIT
  for file in "$PIDS"/*; do [ -e "$file" ] && stop_pid_file "$file"; done
  if [ "$ARTEMIS_STARTED" = 1 ]; then
    if [ "$KEEP" = 1 ]; then "$ROOT/scripts/artemis.sh" stop >/dev/null 2>&1 || true
    else "$ROOT/scripts/artemis.sh" reset >/dev/null 2>&1 || true; fi
  fi
  if [ "$DB_CREATED" = 1 ] && [ "$KEEP" != 1 ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || log "could not drop database $DB"
  fi
  [ "$KEEP" = 1 ] || rm -rf "$WORK"/node-*-data "$WORK"/*.jar
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- prerequisites
for tool in java javac psql python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT" >&2; exit 2; }
if (exec 3<>"/dev/tcp/127.0.0.1/$ARTEMIS_PORT") 2>/dev/null; then
  echo "something already listens on 127.0.0.1:$ARTEMIS_PORT; the run needs a broker of its own (CHAOS_ARTEMIS_PORT=...)" >&2
  exit 2
fi
if [ ! -f "$ROOT/hub/target/contract-hub.jar" ] || [ ! -f "$ROOT/sandbox/target/contract-hub-sandbox.jar" ]; then
  log "building the hub and sandbox jars (./mvnw -q -o -DskipTests package -pl sandbox -am)"
  (cd "$ROOT" && ./mvnw -q -o -DskipTests package -pl sandbox -am)
fi
# private copies: other builds may rewrite the target directories while the run goes on
cp "$ROOT/hub/target/contract-hub.jar" "$WORK/contract-hub.jar"
cp "$ROOT/sandbox/target/contract-hub-sandbox.jar" "$WORK/contract-hub-sandbox.jar"
mkdir -p "$BENCH/target/driver"
javac -d "$BENCH/target/driver" "$BENCH/Driver.java" "$BENCH/ChaosDriver.java"
DRIVER=(java -Xmx256m -cp "$BENCH/target/driver")
freeport() { "${DRIVER[@]}" Driver freeport; }

log "run $TS: $CONTRACTS contracts at $RATE/s, node 2 killed $KILLS times, $OUTAGE_ERP down ${OUTAGE}s, ERP faults $FAULTS; work dir ${WORK#"$ROOT"/}"

psql -X -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
DB_CREATED=1
"$ROOT/scripts/artemis.sh" start | sed 's/^/  /'
ARTEMIS_STARTED=1
ARTEMIS_PASSWORD=$(cat "$WORK/artemis/etc/hub-password")

# ---------------------------------------------------------------- the ERP simulators, processes of their own
# credentials and master data as config/erp.yml's companies need them (the hub gets the same credentials below)
declare -A SIM_PORT SIM_ARGS SIM_SEED=([kingdee]=11 [u8]=12 [sap]=13)
SIM_ARGS[kingdee]="acct-id=chaos-acct username=hub app-id=chaos_app app-secret=chaos-kingdee-secret customers=CUST-0001 materials=MAT-MRI3T,MAT-SVCINST,MAT-SVCY1"
SIM_ARGS[u8]="from-account=hub to-account=chaos-u8 app-key=chaos-app-key app-secret=chaos-u8-secret customers=0101 materials=0301001,0902002,0902001"
SIM_ARGS[sap]="username=HUB_TECH password=chaos-sap-password customers=17100001 materials=TG11,SRV_02,SRV_01"
for erp in kingdee u8 sap; do SIM_PORT[$erp]=$(freeport); done

start_simulator() {
  local erp=$1 url
  # shellcheck disable=SC2086
  java -Xmx128m -cp "$WORK/contract-hub-sandbox.jar" -Dloader.main=io.contracthub.simulators.SimulatorLauncher \
    org.springframework.boot.loader.launch.PropertiesLauncher "$erp" port="${SIM_PORT[$erp]}" ${SIM_ARGS[$erp]} \
    faults="$FAULTS" seed="${SIM_SEED[$erp]}" slow-delay="$SLOW" state="$WORK/simulators" >>"$WORK/sim-$erp.log" 2>&1 &
  echo $! >"$PIDS/sim-$erp"
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/${SIM_PORT[$erp]}") 2>/dev/null && return 0
    kill -0 "$(cat "$PIDS/sim-$erp")" 2>/dev/null || break
    sleep 0.2
  done
  echo "the $erp simulator did not start:" >&2; tail -20 "$WORK/sim-$erp.log" >&2; return 1
}
for erp in kingdee u8 sap; do start_simulator "$erp"; done
log "ERP simulators: kingdee :${SIM_PORT[kingdee]}, u8 :${SIM_PORT[u8]}, sap :${SIM_PORT[sap]} (faults $FAULTS, slow $SLOW)"

# ---------------------------------------------------------------- the hub nodes
declare -A NODE_PORT=([1]=$(freeport) [2]=$(freeport))
start_node() {
  local n=$1 t0
  t0=$(date +%s%3N)
  mkdir -p "$WORK/node-$n-data"
  # shellcheck disable=SC2086
  (cd "$WORK" && exec env HUB_API_KEY="$API_KEY" HUB_CRM_WEBHOOK_SECRET="$SECRET" \
    HUB_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" HUB_DB_USER="$PGUSER" HUB_DB_PASSWORD="${PGPASSWORD:-}" \
    HUB_ARTEMIS_URL="tcp://127.0.0.1:$ARTEMIS_PORT" HUB_ARTEMIS_USER=hub HUB_ARTEMIS_PASSWORD="$ARTEMIS_PASSWORD" \
    HUB_ERP_DELIVERY_ENABLED=true HUB_NODE_ID="node-$n" \
    HUB_KINGDEE_BASE_URL="http://127.0.0.1:${SIM_PORT[kingdee]}/K3Cloud" HUB_KINGDEE_ACCT_ID=chaos-acct HUB_KINGDEE_USERNAME=hub \
    HUB_KINGDEE_APP_ID=chaos_app HUB_KINGDEE_APP_SECRET=chaos-kingdee-secret HUB_KINGDEE_PASSWORD=unused \
    HUB_U8_BASE_URL="http://127.0.0.1:${SIM_PORT[u8]}" HUB_U8_FROM_ACCOUNT=hub HUB_U8_TO_ACCOUNT=chaos-u8 \
    HUB_U8_APP_KEY=chaos-app-key HUB_U8_APP_SECRET=chaos-u8-secret HUB_U8_DS_SEQUENCE=1 \
    HUB_SAP_BASE_URL="http://127.0.0.1:${SIM_PORT[sap]}" HUB_SAP_USERNAME=HUB_TECH HUB_SAP_PASSWORD=chaos-sap-password \
    java "-Xmx$XMX" -jar "$WORK/contract-hub.jar" --spring.profiles.active=postgres,external-broker \
    --hub.data-dir="$WORK/node-$n-data" --server.address=127.0.0.1 --server.port="${NODE_PORT[$n]}" \
    --hub.people.his.enabled=false \
    --hub.erp.kingdee.request-timeout=3s --hub.erp.u8.request-timeout=3s --hub.erp.sap.request-timeout=3s \
    --hub.erp.u8.poll-interval=200ms --hub.erp.sap.unsure-create-wait=8s --hub.erp.retry-max-delay=15s \
    $HUB_ARGS >>"$WORK/node-$n.log" 2>&1) &
  echo $! >"$PIDS/node-$n"
  local ms
  if ! ms=$("${DRIVER[@]}" Driver ready url="http://127.0.0.1:${NODE_PORT[$n]}" t0ms="$t0" timeout="$READY" pid="$(cat "$PIDS/node-$n")"); then
    log "node $n did not become ready; last log lines:"; tail -30 "$WORK/node-$n.log"; return 1
  fi
  log "node $n ready on :${NODE_PORT[$n]} after $ms ms (pid $(cat "$PIDS/node-$n"))"
}
start_node 1
start_node 2

# ---------------------------------------------------------------- load, kills, outage
"${DRIVER[@]}" ChaosDriver urls="http://127.0.0.1:${NODE_PORT[1]},http://127.0.0.1:${NODE_PORT[2]}" \
  secret="$SECRET" apikey="$API_KEY" contracts="$CONTRACTS" rate="$RATE" clients="$CLIENTS" run="$TS" \
  out="$WORK/manifest.csv" >"$WORK/driver.log" 2>&1 &
DRIVER_PID=$!
echo "$DRIVER_PID" >"$PIDS/driver"
log "driver started (pid $DRIVER_PID, log ${WORK#"$ROOT"/}/driver.log)"

(
  sleep "$OUTAGE_AFTER"
  log "outage: $OUTAGE_ERP simulator stopped for ${OUTAGE}s"
  stop_pid_file "$PIDS/sim-$OUTAGE_ERP" TERM
  sleep "$OUTAGE"
  start_simulator "$OUTAGE_ERP"
  log "outage over: $OUTAGE_ERP simulator back ($(grep -c . "$WORK/sim-$OUTAGE_ERP.log") log lines)"
) &
OUTAGE_PID=$!
echo "$OUTAGE_PID" >"$PIDS/outage"

for k in $(seq 1 "$KILLS"); do
  sleep "$KILL_EVERY"
  log "kill $k of $KILLS: SIGKILL node 2 (pid $(cat "$PIDS/node-2")); $(tail -1 "$WORK/driver.log" 2>/dev/null | cut -c1-120)"
  kill -KILL "$(cat "$PIDS/node-2")" 2>/dev/null || true
  wait "$(cat "$PIDS/node-2")" 2>/dev/null || true
  rm -f "$PIDS/node-2"
  sleep "$DOWN"
  start_node 2
done

DRIVER_RC=0
wait "$DRIVER_PID" || DRIVER_RC=$?
rm -f "$PIDS/driver"
log "driver finished (exit $DRIVER_RC): $(tail -1 "$WORK/driver.log" | cut -c1-160)"
wait "$OUTAGE_PID" || true
rm -f "$PIDS/outage"

# ---------------------------------------------------------------- settle: nothing pending in inbox, outbox or ERP delivery
open_work() {
  psql -X -At -d "$DB" -c "
    SELECT (SELECT count(*) FROM inbox WHERE status = 'PENDING') || ' ' ||
           (SELECT count(*) FROM outbox WHERE published_at IS NULL) || ' ' ||
           (SELECT count(*) FROM outbox o
             WHERE o.destination IN ('finance.invoicing-tasks', 'supplychain.stocking-instructions')
               AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.source_event_id = o.idempotency_key)
               AND NOT EXISTS (SELECT 1 FROM dead_letter d WHERE d.contract_id = o.contract_id AND d.destination = o.destination))"
}
log "waiting (at most ${SETTLE}s) until no inbox event, outbox row or ERP trigger is open"
settle_deadline=$(( $(date +%s) + SETTLE ))
while :; do
  read -r inbox_open outbox_open erp_open <<<"$(open_work)"
  [ "$inbox_open" = 0 ] && [ "$outbox_open" = 0 ] && [ "$erp_open" = 0 ] && { log "settled"; break; }
  if [ "$(date +%s)" -ge "$settle_deadline" ]; then
    log "not settled after ${SETTLE}s: inbox $inbox_open, outbox $outbox_open, ERP triggers $erp_open still open (counted as lost)"
    break
  fi
  log "open: inbox $inbox_open, outbox $outbox_open, ERP triggers $erp_open"
  sleep 10
done

for n in 1 2; do stop_pid_file "$PIDS/node-$n" TERM; done
for erp in kingdee u8 sap; do
  curl -fsS "http://127.0.0.1:${SIM_PORT[$erp]}/_sim/journal" -o "$WORK/journal-$erp.json"
done
{
  for erp in kingdee u8 sap; do echo "$erp journal: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$WORK/journal-$erp.json") documents"; done
  echo "hub log lines with ERROR: $(cat "$WORK"/node-*.log | grep -c ' ERROR ' || true)"
} | sed 's/^/  /'

CHECK_RC=0
python3 "$BENCH/chaos_check.py" --manifest "$WORK/manifest.csv" --db "$DB" --details "$WORK/findings.txt" \
  --journal kingdee="$WORK/journal-kingdee.json" --journal u8="$WORK/journal-u8.json" --journal sap="$WORK/journal-sap.json" \
  | tee "$WORK/check.txt" || CHECK_RC=$?
[ "$CHECK_RC" = 0 ] && [ "$DRIVER_RC" != 0 ] && CHECK_RC=$DRIVER_RC
exit "$CHECK_RC"
