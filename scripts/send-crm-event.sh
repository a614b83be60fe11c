#!/usr/bin/env bash
# Signs a CRM change event the way the CRM does (X-Hub-Signature: t=<secs>,v1=<hex HMAC-SHA256>, see
# docs/canonical-contract.md) and posts it to the hub. Prints the HTTP status and the response body.
#
#   scripts/send-crm-event.sh <event.json> [hub-url]
#
#   CRM_WEBHOOK_SECRET  signing secret (default: the sandbox dev secret)
#   hub-url             default http://localhost:8080/webhooks/crm
#
# Exit status: 0 for a 2xx answer, 1 for any other answer, 2 for a usage or transport error.
# Sending the same file twice sends the same eventId twice, which shows the hub's duplicate handling.
set -euo pipefail

usage() {
  echo "usage: $0 <event.json> [hub-url]   (env CRM_WEBHOOK_SECRET, default whsec_sandbox_only_change_me)" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
event_file=$1
hub_url=${2:-http://localhost:8080/webhooks/crm}
secret=${CRM_WEBHOOK_SECRET:-whsec_sandbox_only_change_me}

[[ -f $event_file && -r $event_file ]] || { echo "cannot read event file: $event_file" >&2; exit 2; }
for tool in curl openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

timestamp=$(date +%s)
# the signature covers the file's exact bytes; curl --data-binary below sends those same bytes unchanged
signature=$({ printf '%s.' "$timestamp"; cat -- "$event_file"; } \
  | openssl dgst -sha256 -hmac "$secret" | awk '{print $NF}')

response_body=$(mktemp)
trap 'rm -f "$response_body"' EXIT

status=$(curl --silent --show-error --max-time 10 \
  --output "$response_body" --write-out '%{http_code}' \
  --header 'Content-Type: application/json' \
  --header "X-Hub-Signature: t=${timestamp},v1=${signature}" \
  --data-binary "@${event_file}" \
  "$hub_url") || { echo "could not reach $hub_url" >&2; exit 2; }

echo "HTTP $status"
cat "$response_body"
echo

[[ $status == 2* ]]
