#!/usr/bin/env bash
# Contract Hub benchmark harness (issue 5). One command:  bench/run.sh
# Starts the hub as a real process on PostgreSQL and on the embedded default (H2 + Artemis), drives
# signed CRM webhooks and manual evidence over 127.0.0.1, runs pgbench for the machine's durable-commit
# rate, prints one markdown table and writes it to bench/results/<timestamp>.md. See bench/README.md.
#
# Environment (all optional):
#   BENCH_SCALE=1          multiplies every phase duration (0.1 = quick run, about 2-3 minutes)
#   BENCH_CLIENTS=16       concurrent load clients (and pgbench clients)
#   BENCH_XMX=512m         hub heap
#   BENCH_STORES="postgres embedded"
#   BENCH_CLIENT=raw       raw (socket HTTP/1.1 client) or jdk (java.net.http.HttpClient)
#   BENCH_MAX_SECONDS=60 BENCH_FIXED_SECONDS=30 BENCH_FIXED_RATE=500
#   BENCH_TRIGGER_SECONDS=30 BENCH_TRIGGER_RATE=200 BENCH_WARMUP_SECONDS=10   (before scaling)
#   BENCH_QUAL_SECONDS=30 BENCH_QUAL_RATE=50 BENCH_HIS_LATENCY=4200ms   phase Q: qualification forms while the HIS is slow
#   BENCH_PHASES=ABCQ      which load phases to run (A max rate, B fixed rate, C EFFECTIVE -> trigger, Q qualification form)
#   BENCH_DRAIN_SECONDS=   cap on the wait for the inbox backlog after phase A (default max(30, 3 x A))
#   BENCH_HUB_ARGS="--hub.inbox.poll-interval-ms=10"   extra hub arguments (tuning experiments)
#   BENCH_JVM_ARGS=""      extra hub JVM options
#   BENCH_REV=HEAD         benchmark a clean build of a committed revision (default: hub/target/contract-hub.jar,
#                          built with ./mvnw -q -DskipTests package when missing); BENCH_JAR=path uses that jar
#                          (and BENCH_SIM_JAR=path, default sandbox/target/contract-hub-sandbox.jar, for the HIS simulator)
#   BENCH_JFR=1            record a JFR profile of each hub (bench/target/run-<ts>/<store>.jfr)
#   BENCH_JFR_SETTINGS=profile  JFR settings name or .jfc file
#   BENCH_PGHOST=127.0.0.1 BENCH_PGPORT=5432 BENCH_PGUSER=postgres
#   BENCH_PEERS=node-red   the peers run after the hub with the same driver, clients, warm-up and phase A duration
#                          ("" = none): bench/peers/node-red, Node-RED from npm (installed once into bench/target)
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
SCALE=${BENCH_SCALE:-1}
CLIENTS=${BENCH_CLIENTS:-16}
XMX=${BENCH_XMX:-512m}
STORES=${BENCH_STORES-postgres embedded}
CLIENT=${BENCH_CLIENT:-raw}
MAX_SECONDS=${BENCH_MAX_SECONDS:-60}
FIXED_SECONDS=${BENCH_FIXED_SECONDS:-30}
FIXED_RATE=${BENCH_FIXED_RATE:-500}
TRIGGER_SECONDS=${BENCH_TRIGGER_SECONDS:-30}
TRIGGER_RATE=${BENCH_TRIGGER_RATE:-200}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-10}
QUAL_SECONDS=${BENCH_QUAL_SECONDS:-30}
QUAL_RATE=${BENCH_QUAL_RATE:-50}
HIS_LATENCY=${BENCH_HIS_LATENCY:-4200ms}
PHASES=${BENCH_PHASES:-ABCQ}
PEERS=${BENCH_PEERS-node-red}
HUB_ARGS=${BENCH_HUB_ARGS:-}
JVM_ARGS=${BENCH_JVM_ARGS:-}
JFR=${BENCH_JFR:-0}
export PGHOST=${BENCH_PGHOST:-127.0.0.1} PGPORT=${BENCH_PGPORT:-5432} PGUSER=${BENCH_PGUSER:-postgres}

case "$PGHOST" in 127.0.0.1|localhost) ;; *) echo "loopback only: BENCH_PGHOST must be 127.0.0.1" >&2; exit 2 ;; esac

TS=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$BENCH/target/run-$TS"
RESULTS="$BENCH/results"
mkdir -p "$WORK" "$RESULTS"
COMMAND="${BENCH_PEERS+BENCH_PEERS=\"$PEERS\" }${BENCH_REV:+BENCH_REV=$BENCH_REV }${BENCH_JAR:+BENCH_JAR=$BENCH_JAR }BENCH_SCALE=$SCALE BENCH_CLIENTS=$CLIENTS BENCH_XMX=$XMX BENCH_CLIENT=$CLIENT${BENCH_PHASES:+ BENCH_PHASES=$BENCH_PHASES}${BENCH_STORES:+ BENCH_STORES=\"$STORES\"}${HUB_ARGS:+ BENCH_HUB_ARGS=\"$HUB_ARGS\"}${JVM_ARGS:+ BENCH_JVM_ARGS=\"$JVM_ARGS\"}${BENCH_JFR:+ BENCH_JFR=$JFR} bench/run.sh"
API_KEY="bench-key-$RANDOM$RANDOM"
SECRET="bench-secret-$RANDOM$RANDOM$RANDOM"
HUB_PID=""
HIS_PID=""
REV=""
DB=""

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

stop_hub() {
  if [ -n "$HUB_PID" ] && kill -0 "$HUB_PID" 2>/dev/null; then
    kill -TERM "$HUB_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$HUB_PID" 2>/dev/null; then
      log "hub $HUB_PID did not stop in 30 s; killing it"
      kill -KILL "$HUB_PID" 2>/dev/null || true
    fi
    wait "$HUB_PID" 2>/dev/null || true
  fi
  HUB_PID=""
}

drop_db() {
  if [ -n "$DB" ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || log "could not drop database $DB"
  fi
  DB=""
}

stop_his() {
  if [ -n "$HIS_PID" ] && kill -0 "$HIS_PID" 2>/dev/null; then
    kill -TERM "$HIS_PID" 2>/dev/null || true
    wait "$HIS_PID" 2>/dev/null || true
  fi
  HIS_PID=""
}

cleanup() {
  local rc=$?
  stop_hub
  stop_his
  drop_db
  rm -rf "$WORK"/*-data "$WORK/contract-hub.jar" "$WORK/contract-hub-sandbox.jar"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || { echo "java 17 is required" >&2; exit 2; }

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  log "PostgreSQL not answering on $PGHOST:$PGPORT; starting the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 50); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 0.2; done
fi

PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBENCH" ]; then
  log "pgbench missing; installing postgresql-contrib"
  apt-get install -y postgresql-contrib >/dev/null
  PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -1)
fi

if [ -n "${BENCH_JAR:-}" ]; then
  JAR_SOURCE=$BENCH_JAR
  SIM_JAR_SOURCE=${BENCH_SIM_JAR:-$ROOT/sandbox/target/contract-hub-sandbox.jar}
elif [ -n "${BENCH_REV:-}" ]; then
  # a clean build of one committed revision, independent of uncommitted work in the tree
  REV=$(git -C "$ROOT" rev-parse --short "$BENCH_REV")
  SRC="$BENCH/target/src-$REV"
  if [ ! -f "$SRC/hub/target/contract-hub.jar" ] || [ ! -f "$SRC/sandbox/target/contract-hub-sandbox.jar" ]; then
    log "building revision $REV in ${SRC#"$ROOT"/} (./mvnw -q -DskipTests package)"
    rm -rf "$SRC" && mkdir -p "$SRC"
    git -C "$ROOT" archive "$REV" | tar -x -C "$SRC"
    (cd "$SRC" && ./mvnw -q -DskipTests package)
  fi
  JAR_SOURCE="$SRC/hub/target/contract-hub.jar"
  SIM_JAR_SOURCE="$SRC/sandbox/target/contract-hub-sandbox.jar"
else
  if [ ! -f "$ROOT/hub/target/contract-hub.jar" ] || [ ! -f "$ROOT/sandbox/target/contract-hub-sandbox.jar" ]; then
    log "building the hub (./mvnw -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
  fi
  JAR_SOURCE="$ROOT/hub/target/contract-hub.jar"
  SIM_JAR_SOURCE="$ROOT/sandbox/target/contract-hub-sandbox.jar"
fi
# a private copy: other builds may rewrite hub/target while the hub runs
cp "$JAR_SOURCE" "$WORK/contract-hub.jar"

mkdir -p "$BENCH/target/driver"
javac -d "$BENCH/target/driver" "$BENCH/Driver.java"
DRIVER=(java -Xms256m -Xmx1g -XX:+UseParallelGC -cp "$BENCH/target/driver" Driver)

# the hospital HIS as a process of its own (the simulator from the sandbox jar: the production jar holds none),
# answering in $HIS_LATENCY like a real one
HIS_URL=""
if [[ "$PHASES" == *Q* ]]; then
  his_port=$("${DRIVER[@]}" freeport)
  cp "$SIM_JAR_SOURCE" "$WORK/contract-hub-sandbox.jar"
  java -Xmx128m -cp "$WORK/contract-hub-sandbox.jar" -Dloader.main=io.contracthub.simulators.SimulatorLauncher \
    org.springframework.boot.loader.launch.PropertiesLauncher his port="$his_port" latency="$HIS_LATENCY" >"$WORK/his.log" 2>&1 &
  HIS_PID=$!
  for _ in $(seq 1 100); do grep -q '^listening ' "$WORK/his.log" && break; sleep 0.1; done
  HIS_URL=$(sed -n 's/^listening //p' "$WORK/his.log" | head -1)
  [ -n "$HIS_URL" ] || { echo "the HIS simulator did not start:" >&2; cat "$WORK/his.log" >&2; exit 1; }
  log "HIS simulator (latency $HIS_LATENCY) at $HIS_URL"
fi

scaled() { awk -v s="$1" -v f="$SCALE" 'BEGIN { v = s * f; if (v < 1) v = 1; printf "%d", v + 0.5 }'; }
PGBENCH_SECONDS=$(scaled "$MAX_SECONDS")

# ---------------------------------------------------------------- one store
run_store() {
  local store=$1
  local props="$WORK/$store.properties"
  local port data hub_log t0 startup
  port=$("${DRIVER[@]}" freeport)
  data="$WORK/$store-data"
  hub_log="$WORK/$store-hub.log"
  mkdir -p "$data"
  local profile_args=() env_args=()
  if [ "$store" = postgres ]; then
    DB="bench_$(date -u +%Y%m%d%H%M%S)_$$"
    psql -X -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
    profile_args=(--spring.profiles.active=postgres)
    env_args=(HUB_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" HUB_DB_USER="$PGUSER")
  fi
  local his_args=(--hub.people.his.enabled=false)
  if [ -n "$HIS_URL" ]; then
    # the HIS takes 4.2 s: the check's time limit must be above it, as in the sandbox
    his_args=(--hub.people.his.endpoint-url="$HIS_URL" --hub.people.his.resilience.timeout=6s)
  fi
  local jfr_args=()
  if [ "$JFR" = 1 ]; then
    jfr_args=("-XX:StartFlightRecording=filename=$WORK/$store.jfr,settings=${BENCH_JFR_SETTINGS:-profile},dumponexit=true")
  fi
  log "[$store] starting hub on 127.0.0.1:$port (-Xmx$XMX)"
  t0=$(date +%s%3N)
  # shellcheck disable=SC2086
  # run from the work dir: Spring Boot would also read ./config/*.yml from the current directory
  (cd "$WORK" && exec env HUB_API_KEY="$API_KEY" HUB_CRM_WEBHOOK_SECRET="$SECRET" "${env_args[@]}" \
    java "-Xmx$XMX" -Xlog:gc:file="$WORK/$store-gc.log" "${jfr_args[@]}" $JVM_ARGS -jar "$WORK/contract-hub.jar" \
    --hub.data-dir="$data" --server.address=127.0.0.1 --server.port="$port" "${profile_args[@]}" "${his_args[@]}" $HUB_ARGS \
    >"$hub_log" 2>&1) &
  HUB_PID=$!
  if ! startup=$("${DRIVER[@]}" ready url="http://127.0.0.1:$port" t0ms="$t0" timeout="${BENCH_READY_SECONDS:-600}" pid="$HUB_PID"); then
    log "[$store] hub did not become ready; last log lines:"; tail -20 "$hub_log"
    stop_hub; drop_db; return 1
  fi
  local ready_cpu
  ready_cpu=$(awk -v tck="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.1f", ($12 + $13) / tck }' "/proc/$HUB_PID/stat")
  log "[$store] ready after $startup ms ($ready_cpu s CPU, load avg $(cut -d' ' -f1 /proc/loadavg)); load: $CLIENTS clients, scale $SCALE"
  "${DRIVER[@]}" load url="http://127.0.0.1:$port" pid="$HUB_PID" secret="$SECRET" apikey="$API_KEY" \
    clients="$CLIENTS" scale="$SCALE" client="$CLIENT" out="$props" clktck="$(getconf CLK_TCK)" \
    warmupSeconds="$WARMUP_SECONDS" maxRateSeconds="$MAX_SECONDS" fixedSeconds="$FIXED_SECONDS" fixedRate="$FIXED_RATE" \
    triggerSeconds="$TRIGGER_SECONDS" triggerRate="$TRIGGER_RATE" phases="$PHASES" \
    qualificationSeconds="$QUAL_SECONDS" qualificationRate="$QUAL_RATE" ${BENCH_DRAIN_SECONDS:+drainSeconds=$BENCH_DRAIN_SECONDS} | tee "$WORK/$store-driver.log" \
    || log "[$store] driver failed (figures so far are kept)"
  {
    echo "startup_ms=$startup"
    echo "startup_cpu_s=$ready_cpu"
    echo "started_log=$(grep -o 'Started ContractHubApplication in [0-9.]* seconds' "$hub_log" | head -1)"
    if [ -r "/proc/$HUB_PID/stat" ]; then
      awk -v tck="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "hub_cpu_s=%.1f\n", ($12 + $13) / tck }' "/proc/$HUB_PID/stat"
      echo "hub_wall_s=$(( ($(date +%s%3N) - t0) / 1000 ))"
    fi
  } >>"$props"
  # what fills the heap at the end of the run (forces a full GC; the load is over)
  jcmd "$HUB_PID" GC.class_histogram 2>/dev/null | sed -n "1,25p;\$p" >"$WORK/$store-histogram.txt" || true
  if [ "$store" = postgres ]; then
    # the same trigger latency straight from the tables (only phase C makes contracts EFFECTIVE)
    psql -X -At -F ' ' -d "$DB" -c "
      SELECT round((1000 * percentile_cont(0.5)  WITHIN GROUP (ORDER BY extract(epoch FROM o.published_at - j.received_at)))::numeric, 2),
             round((1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM o.published_at - j.received_at)))::numeric, 2),
             round((1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM o.created_at - j.received_at)))::numeric, 2)
        FROM outbox o JOIN journal j ON j.contract_id = o.contract_id AND j.seq = o.journal_seq
       WHERE o.published_at IS NOT NULL" \
      | awk '{ printf "C.sql_publish_p50_ms=%s\nC.sql_publish_p99_ms=%s\nC.sql_created_p99_ms=%s\n", $1, $2, $3 }' >>"$props" || true
  fi
  log "[$store] stopping hub"
  stop_hub
  echo "oom_in_log=$(cat "$hub_log" "$WORK/$store-gc.log" 2>/dev/null | grep -c OutOfMemoryError || true)" >>"$props"
  if [ "$store" = postgres ]; then
    run_pgbench
    drop_db
  fi
}

# ---------------------------------------------------------------- the machine's raw durable-commit rate
run_pgbench() {
  local threads=$CLIENTS nproc_
  nproc_=$(nproc)
  [ "$threads" -gt "$nproc_" ] && threads=$nproc_
  psql -X -q -d "$DB" -c "CREATE TABLE bench_row (id BIGSERIAL PRIMARY KEY, k BIGINT NOT NULL, payload TEXT NOT NULL)" >/dev/null
  cat >"$WORK/pgbench-insert.sql" <<'SQL'
\set k random(1, 1000000000)
INSERT INTO bench_row (k, payload) VALUES (:k, repeat(md5(:k::text), 18) || '-contract-hub-bench-row');
SQL
  log "[pgbench] $CLIENTS clients, $threads threads, ${PGBENCH_SECONDS} s, single-row insert (~620 B), synchronous_commit=on"
  PGOPTIONS='-c synchronous_commit=on' "$PGBENCH" -n -M prepared -c "$CLIENTS" -j "$threads" -T "$PGBENCH_SECONDS" \
    -f "$WORK/pgbench-insert.sql" "$DB" >"$WORK/pgbench.log" 2>&1 || { log "pgbench failed"; cat "$WORK/pgbench.log"; }
  PGBENCH_TPS=$(grep -oE "tps = [0-9.]+" "$WORK/pgbench.log" | head -1 | awk "{ printf \"%.1f\", \$3 }")
  PGBENCH_ROW=$(psql -X -At -d "$DB" -c "SELECT round(avg(pg_column_size(b.*))) FROM (SELECT * FROM bench_row LIMIT 1000) b")
  log "[pgbench] tps = $PGBENCH_TPS (row ~$PGBENCH_ROW bytes)"
}

# ---------------------------------------------------------------- the Node-RED peer
run_node_red() {
  local nr="$BENCH/target/node-red" user="$WORK/node-red" erp_port nr_port erp_pid nr_pid version
  if [ ! -f "$nr/node_modules/node-red/red.js" ] || ! cmp -s "$BENCH/peers/node-red/package.json" "$nr/package.json"; then
    log "[node-red] installing Node-RED from npm into ${nr#"$ROOT"/}"
    mkdir -p "$nr" && cp "$BENCH/peers/node-red/package.json" "$nr/"
    (cd "$nr" && npm install --no-audit --no-fund --loglevel=error) || { log "[node-red] npm install failed"; return 1; }
  fi
  version=$(node -p "require('$nr/node_modules/node-red/package.json').version")
  mkdir -p "$user" && cp "$BENCH/peers/node-red/flows.json" "$user/"
  erp_port=$("${DRIVER[@]}" freeport)
  java -Xmx256m -cp "$BENCH/target/driver" Driver erpstub port="$erp_port" >"$WORK/node-red-erp.log" 2>&1 &
  erp_pid=$!
  nr_port=$("${DRIVER[@]}" freeport)
  PORT=$nr_port ERP_URL="http://127.0.0.1:$erp_port" node "$nr/node_modules/node-red/red.js" \
    --settings "$BENCH/peers/node-red/settings.js" --userDir "$user" >"$WORK/node-red.log" 2>&1 &
  nr_pid=$!
  local body='{"eventId":"ready","contract":{"number":"R","date":"2026-11-20","customer":{"name":"r","creditCode":"r"},"currency":"CNY","lines":[]}}'
  for _ in $(seq 1 300); do
    curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$nr_port/webhooks/crm" 2>/dev/null | grep -q 202 && break
    sleep 0.2
  done
  log "[node-red] Node-RED $version on 127.0.0.1:$nr_port, ERP stub on 127.0.0.1:$erp_port; load: $CLIENTS clients, scale $SCALE"
  "${DRIVER[@]}" peer url="http://127.0.0.1:$nr_port" pid="$nr_pid" erp="http://127.0.0.1:$erp_port" secret="$SECRET" \
    clients="$CLIENTS" scale="$SCALE" client="$CLIENT" out="$WORK/node-red.properties" clktck="$(getconf CLK_TCK)" \
    warmupSeconds="$WARMUP_SECONDS" maxRateSeconds="$MAX_SECONDS" | tee "$WORK/node-red-driver.log" \
    || log "[node-red] driver failed (figures so far are kept)"
  echo "version=Node-RED $version on Node.js $(node --version)" >>"$WORK/node-red.properties"
  kill "$nr_pid" "$erp_pid" 2>/dev/null || true
  wait "$nr_pid" "$erp_pid" 2>/dev/null || true
}

PGBENCH_TPS=""
PGBENCH_ROW=""
log "run $TS: stores [$STORES], work dir $WORK"
LOADAVG_START=$(cut -d' ' -f1-3 /proc/loadavg)
for store in $STORES; do
  run_store "$store" || log "[$store] failed"
done
if [[ " $PEERS " == *" node-red "* ]]; then
  run_node_red || log "[node-red] failed"
fi
if [ -z "$PGBENCH_TPS" ] && [[ " $STORES " != *" postgres "* ]]; then
  DB="bench_pgb_$(date -u +%Y%m%d%H%M%S)_$$"
  psql -X -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
  run_pgbench
  drop_db
fi

# ---------------------------------------------------------------- report
HUB_VERSION=$(grep -o 'Starting ContractHubApplication v[^ ]*' "$WORK"/*-hub.log 2>/dev/null | head -1 | awk '{ print $3 }' || true)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command=\`$COMMAND\`"
  echo "machine=$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr); load avg at start $LOADAVG_START, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(java -version 2>&1 | head -1 | sed 's/"//g'), hub -Xmx$XMX, driver -Xmx1g"
  echo "postgresql=$(psql -X -At -d postgres -c 'SHOW server_version') (fsync $(psql -X -At -d postgres -c 'SHOW fsync'), synchronous_commit $(psql -X -At -d postgres -c 'SHOW synchronous_commit'), wal_sync_method $(psql -X -At -d postgres -c 'SHOW wal_sync_method'), shared_buffers $(psql -X -At -d postgres -c 'SHOW shared_buffers'))"
  echo "hub=contract-hub ${HUB_VERSION:-?} ($( [ -n "$REV" ] && echo "clean build of git $REV" || echo "git $GIT_REV + working tree" )), Spring Boot 3.5.7, Camel 4.17${HUB_ARGS:+, args $HUB_ARGS}"
  echo "settings=$CLIENTS clients; warm-up $(scaled "$WARMUP_SECONDS") s; A max rate $(scaled "$MAX_SECONDS") s; B $FIXED_RATE/s for $(scaled "$FIXED_SECONDS") s; C $TRIGGER_RATE contracts/s for $(scaled "$TRIGGER_SECONDS") s; Q $QUAL_RATE forms/s for $(scaled "$QUAL_SECONDS") s, HIS latency $HIS_LATENCY; pgbench $CLIENTS clients ${PGBENCH_SECONDS} s, row ${PGBENCH_ROW:-?} B"
  echo "driver=$CLIENT HTTP/1.1 keep-alive client, $CLIENTS threads, HMAC-SHA256 per request, 127.0.0.1 only"
  echo "pgbench_tps=${PGBENCH_TPS:-n/a}"
} >"$WORK/meta.properties"
"${DRIVER[@]}" report meta="$WORK/meta.properties" store.postgres="$WORK/postgres.properties" \
  store.embedded="$WORK/embedded.properties" peer.node-red="$WORK/node-red.properties" >"$RESULTS/$TS.md"
echo
cat "$RESULTS/$TS.md"
echo
log "table written to bench/results/$TS.md; logs in ${WORK#"$ROOT"/}"
