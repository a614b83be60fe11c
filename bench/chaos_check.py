#!/usr/bin/env python3
"""The outside check of bench/chaos.sh: did every contract get its ERP documents exactly once, in order?

Reads what the run left behind, never the hub's own view of success:
  --manifest   the driver's manifest (number,region,erp,contract_id,effective)
  --db         the run's PostgreSQL database (psql as PGUSER on PGHOST:PGPORT): the outbox (each ERP trigger's
               idempotency key), the contract journal (the ERP evidences) and the dead_letter table
  --journal    erp=file, the simulator journals (GET /_sim/journal of each ERP simulator process)

For each contract the driver made, the two ERP triggers its EFFECTIVE transition fires are expected in the ERP of its
company (config/erp.yml: Shanghai -> Kingdee, Beijing -> U8, Guangdong -> SAP), found by the reference the hub derives
from each trigger's idempotency key (ErpReference: "HUB" + 12 upper-case hex of SHA-256):
  - the stocking instruction: one sales order (Kingdee SAL_SaleOrder FBillNo, U8 biz_id, SAP PurchaseOrderByCustomer);
  - the invoicing task: one invoice (Kingdee bill number, U8 biz_id); SAP bills the order itself, so there the
    invoice is the hub's INVOICE evidence for the task plus a billing document of that order in the SAP journal.
Counts, in documents: lost (an expected document missing; a contract that never became EFFECTIVE or never fired
its triggers loses both), duplicated (an expected document created more than once), out_of_order (contracts whose
work broke an order the hub promises: an ERP document created before the contract became EFFECTIVE, a document
recorded on the contract before the ERP created it, or a SAP invoice recorded before SAP created its order; Kingdee
and U8 invoices do not refer to the order and come from another queue, so their order against it is not promised) and
unexplained_dead_letters (dead letters not explained by an injected business rejection; chaos.sh injects none, so
every dead letter counts). The last line printed is exactly
  contracts=N lost=L duplicated=D out_of_order=O unexplained_dead_letters=U
and the exit code is 1 when any count is above 0.
"""
import argparse
import csv
import hashlib
import io
import json
import subprocess
import sys
from collections import defaultdict

STOCKING = "supplychain.stocking-instructions"
INVOICING = "finance.invoicing-tasks"


def erp_reference(idempotency_key):
    return "HUB" + hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:12].upper()


def query(db, sql):
    out = subprocess.run(["psql", "-X", "-q", "-d", db, "-c", f"COPY ({sql}) TO STDOUT WITH CSV HEADER"],
                         check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def utc_micros(text):
    """'2026-12-02T01:52:10.1234Z' (any number of fraction digits, or none) -> '2026-12-02T01:52:10.123400'."""
    text = (text or "").rstrip("Z")
    if not text:
        return ""
    seconds, _, fraction = text.partition(".")
    return seconds + "." + (fraction + "000000")[:6]


def is_creation(document_type):
    # edits (U8 ":edit", Kingdee ":modify", SAP ":PATCH") change a document; they do not create one
    return ":" not in document_type


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--journal", action="append", default=[], help="erp=path of its /_sim/journal JSON")
    parser.add_argument("--details", help="write one line per finding here")
    args = parser.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        contracts = list(csv.DictReader(f))
    journals = {}
    for spec in args.journal:
        erp, path = spec.split("=", 1)
        with open(path, encoding="utf-8") as f:
            journals[erp] = json.load(f)

    triggers = defaultdict(dict)  # contract number -> destination -> idempotency key
    sap_order_reference = {}  # contract number -> SAP's PurchaseOrderByCustomer (ErpReference of contractId:version)
    for row in query(args.db, "SELECT c.contract_number, o.destination, o.idempotency_key, o.payload FROM outbox o "
                              f"JOIN contract c ON c.id = o.contract_id WHERE o.destination IN ('{STOCKING}', '{INVOICING}')"):
        triggers[row["contract_number"]][row["destination"]] = row["idempotency_key"]
        if row["destination"] == STOCKING:
            payload = json.loads(row["payload"])
            sap_order_reference[row["contract_number"]] = erp_reference(f"{payload['contractId']}:{payload['contractVersion']}")
    evidence_at = {}  # idempotency key -> when the contract's journal first recorded its ERP document
    for row in query(args.db, "SELECT j.source_event_id, to_char(min(j.received_at) AT TIME ZONE 'UTC', "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS at FROM journal j WHERE j.facet = 'ERP_DOCUMENTS' "
                              "GROUP BY j.source_event_id"):
        evidence_at[row["source_event_id"]] = row["at"]
    effective_at = {row["contract_number"]: row["at"] for row in query(
        args.db, "SELECT c.contract_number, to_char(min(j.received_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS at "
                  "FROM journal j JOIN contract c ON c.id = j.contract_id WHERE j.lifecycle_after = 'EFFECTIVE' "
                  "GROUP BY c.contract_number")}
    dead_letters = query(args.db, "SELECT id, origin, destination, reference, contract_id, reason FROM dead_letter")

    # per ERP: reference -> positions of the documents created with it, and SAP's billing documents per reference
    created = {erp: defaultdict(list) for erp in journals}
    created_at = {erp: {} for erp in journals}  # reference -> when the ERP first created a document with it
    billed = defaultdict(int)
    for erp, documents in journals.items():
        for position, document in enumerate(documents):
            if document.get("type") == "A_BillingDocument":
                billed[document.get("reference")] += 1
            elif is_creation(document.get("type", "")) and document.get("reference"):
                created[erp][document["reference"]].append(position)
                created_at[erp].setdefault(document["reference"], document.get("createdAt", ""))

    findings = []
    lost = duplicated = out_of_order = 0
    for contract in contracts:
        number, erp = contract["number"], contract["erp"]
        keys = triggers.get(number, {})
        if erp not in created:
            raise SystemExit(f"no journal given for {erp} (contract {number})")
        effective = utc_micros(effective_at.get(number))
        wrong = []
        for destination in (STOCKING, INVOICING):
            key = keys.get(destination)
            if key is None:
                lost += 1
                findings.append(f"lost {number} {erp} {destination}: no trigger (effective={contract['effective']})")
                continue
            recorded = utc_micros(evidence_at.get(key))
            if erp == "sap":
                # SAP knows the order by PurchaseOrderByCustomer and bills it itself; the invoicing task finds that
                # billing document and records it on the contract
                reference = sap_order_reference[number]
                if destination == INVOICING:
                    order_at = utc_micros(created_at[erp].get(reference))
                    if not recorded or billed.get(reference, 0) == 0:
                        lost += 1
                        findings.append(f"lost {number} sap invoice (order {reference}): evidence {bool(recorded)}, "
                                        f"billing documents {billed.get(reference, 0)}")
                    elif order_at and recorded < order_at:
                        wrong.append("invoice recorded before SAP created the order")
                    continue
            else:
                reference = erp_reference(key)
            found = created[erp].get(reference, [])
            if not found:
                lost += 1
                findings.append(f"lost {number} {erp} {destination} {reference}")
                continue
            if len(found) > 1:
                duplicated += len(found) - 1
                findings.append(f"duplicated {number} {erp} {destination} {reference} x{len(found)}")
            made = utc_micros(created_at[erp].get(reference))
            if effective and made < effective:
                wrong.append(f"{destination} created before EFFECTIVE")
            if recorded and recorded < made:
                wrong.append(f"{destination} recorded before the ERP created it")
        if wrong:
            out_of_order += 1
            findings.append(f"out_of_order {number} {erp}: {'; '.join(wrong)}")

    unexplained = 0
    for letter in dead_letters:
        # chaos.sh injects no business rejection (every contract's master data is valid), so none is explained
        unexplained += 1
        findings.append(f"dead_letter {letter['id']} {letter['origin']} {letter['destination']} contract "
                        f"{letter['contract_id']}: {letter['reason'][:300]}")

    if args.details:
        with open(args.details, "w", encoding="utf-8") as f:
            f.write("\n".join(findings) + ("\n" if findings else ""))
    for finding in findings[:40]:
        print(finding)
    if len(findings) > 40:
        print(f"... {len(findings) - 40} more findings in {args.details or 'the details file'}")
    print(f"contracts={len(contracts)} lost={lost} duplicated={duplicated} out_of_order={out_of_order} "
          f"unexplained_dead_letters={unexplained}")
    return 1 if lost or duplicated or out_of_order or unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
