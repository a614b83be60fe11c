#!/usr/bin/env bash
# Polls a URL until its answer contains a text, then prints that answer (the README's walk-through uses it instead
# of fixed sleeps). Sends X-Api-Key: $KEY when KEY is set.
#   scripts/wait-for.sh <url> <text> [seconds, default 60]
#   scripts/wait-for.sh localhost:8080/actuator/health '"status":"UP"'
#   scripts/wait-for.sh localhost:8080/api/contracts/$ID '"lifecycle":"SIGNED"'
# Exit status 0 when the text appeared, 1 when the time ran out (the last answer is printed to stderr).
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: scripts/wait-for.sh <url> <text> [seconds]" >&2; exit 2; }
url=$1 text=$2 seconds=${3:-60}
headers=()
[ -n "${KEY:-}" ] && headers=(-H "X-Api-Key: $KEY")
deadline=$((SECONDS + seconds))
answer=""
while [ $SECONDS -lt $deadline ]; do
  answer=$(curl -s --max-time 5 "${headers[@]}" "$url")
  if [[ "$answer" == *"$text"* ]]; then
    printf '%s\n' "$answer"
    exit 0
  fi
  sleep 0.5
done
echo "waited ${seconds}s for $text at $url; the last answer was:" >&2
printf '%s\n' "$answer" >&2
exit 1
