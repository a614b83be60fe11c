#!/usr/bin/env bash
# README's walk-through twice on one data directory across a restart (issue 15): starts the sandbox with README's
# command (scripts/sandbox.sh, on a copy of the jar) in a fresh directory, runs steps 1-12 for HT-2026-0001 exactly as README.md writes them, stops the sandbox, starts it again on
# the same ./data and runs steps 1-12 for HT-2026-0002. A pass fails when a command fails, a scripts/wait-for.sh
# gives up or an answer carries an error code. The summary goes to bench/results/walkthrough-<ts>.md, the output to
# bench/target/walkthrough-<ts>/ (pass{1,2}.out, hub-{1,2}.log).
#
#   bench/walkthrough.sh                 # the sandbox jar at sandbox/target/contract-hub-sandbox.jar (built when missing)
#   WALKTHROUGH_JAR=/path/to.jar bench/walkthrough.sh
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${WALKTHROUGH_JAR:-$ROOT/sandbox/target/contract-hub-sandbox.jar}"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
RUN="$ROOT/bench/target/walkthrough-$TS"
mkdir -p "$RUN"
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package) >&2
fi
cp "$JAR" "$RUN/sandbox.jar"
ln -s "$ROOT/scripts" "$RUN/scripts"
cd "$RUN" || exit 1
if curl -s -o /dev/null localhost:8080; then echo "a server answers on 8080 already; stop it first" >&2; exit 1; fi

hub=""
start() { SANDBOX_JAR="$RUN/sandbox.jar" SANDBOX_CDS_DIR="$RUN/cds" "$ROOT/scripts/sandbox.sh" > "hub-$1.log" 2>&1 & hub=$!; }
stop() { kill "$hub"; wait "$hub" 2>/dev/null; }
trap '[[ -n "$hub" ]] && kill "$hub" 2>/dev/null' EXIT

failed=0
summary=()
for pass in 1 2; do
  start "$pass"
  python3 "$ROOT/bench/readme_steps.py" "$ROOT/README.md" 1 12 "HT-2026-000$pass" > "pass$pass.sh"
  bash -e "pass$pass.sh" > "pass$pass.out" 2>&1
  rc=$?
  stop
  gave_up=$(grep -c '^waited ' "pass$pass.out")
  errors=$(grep -c '"code":"' "pass$pass.out")
  started="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "hub-$pass.log" | head -1 | grep -o '[0-9.]* seconds' || true)"
  summary+=("| $pass | HT-2026-000$pass | $rc | $gave_up | $errors | ${started:-?} |")
  echo "pass $pass (HT-2026-000$pass): exit $rc, waits given up $gave_up, error answers $errors"
  [[ $rc -eq 0 && $gave_up -eq 0 && $errors -eq 0 ]] || failed=1
done
{
  echo "## README walk-through twice across a restart, $TS"
  echo
  echo "\`bench/walkthrough.sh\`: steps 1-12 of README.md at $(git -C "$ROOT" rev-parse --short HEAD), one data directory, the sandbox"
  echo "started with \`scripts/sandbox.sh\` before each pass, $(nproc) cores"
  echo
  echo "| pass | contract | exit | waits given up | error answers | Spring \"Started in\" |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${summary[@]}"
} > "$ROOT/bench/results/walkthrough-$TS.md"
echo "output: $RUN; summary: bench/results/walkthrough-$TS.md"
exit $failed
