#!/usr/bin/env bash
# Starts the sandbox over from nothing: removes its data directory (database, broker journal, stored documents and
# the simulators' state under simulators/). Stops nothing: it refuses while a hub answers on HUB_URL, so stop the
# sandbox first (Ctrl+C in its terminal).
#   scripts/reset-sandbox.sh [data directory, default ./data]     (HUB_URL, default http://localhost:8080)
set -euo pipefail
data=${1:-./data}
hub=${HUB_URL:-http://localhost:8080}
if curl -s -o /dev/null --max-time 3 "$hub/actuator/health"; then
  echo "a hub answers at $hub: stop it first (Ctrl+C where it runs), then reset" >&2
  exit 1
fi
if [ ! -e "$data" ]; then
  echo "nothing to reset: $data does not exist"
  exit 0
fi
if [ ! -d "$data/db" ] && [ ! -d "$data/artemis" ] && [ ! -d "$data/simulators" ]; then
  echo "$data does not look like a hub data directory (no db/, artemis/ or simulators/): left alone" >&2
  exit 1
fi
rm -rf -- "$data"
echo "removed $data: the next start begins with an empty hub and empty simulators"
