#!/usr/bin/env bash
# Makes a bank-voucher sample for any contract, for the sandbox's OCR simulator: it recognises the file with exactly
# these fields (amount, payer, serial number; dated today unless VOUCHER_DATE=yyyy-mm-dd is set).
#   scripts/make-voucher.sh <amount> <payer> <serial> [out.png, default voucher-<serial>.png]
#   scripts/make-voucher.sh 835860.32 华东医疗器械有限公司 SN-HT-2026-0002 voucher.png
# The file is a PNG signature followed by OCR-VOUCHER:<Base64 of the fields>; (the sandbox's sample format: a
# real bank's OCR would read an image instead). Prints the path written.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: scripts/make-voucher.sh <amount> <payer> <serial> [out.png]" >&2; exit 2; }
amount=$1 payer=$2 serial=$3 out=${4:-voucher-$3.png}
[[ "$amount" =~ ^[0-9]+(\.[0-9]{1,2})?$ ]] || { echo "amount must be yuan with up to two decimals, e.g. 835860.32" >&2; exit 2; }
fields="amount=$amount"$'\n'"payer=$payer"$'\n'"serial=$serial"$'\n'
[ -n "${VOUCHER_DATE:-}" ] && fields+="date=$VOUCHER_DATE"$'\n'
{
  printf '\x89PNG\r\n\x1a\n'
  printf 'OCR-VOUCHER:%s;' "$(printf '%s' "$fields" | base64 | tr -d '\n')"
} > "$out"
echo "$out"
