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
invoice came before their sales order, in the ERP journal or in the contract's own journal) and
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
    for row in query(args.db, "SELECT c.contract_number, o.destination, o.idempotency_key FROM outbox o "
                              f"JOIN contract c ON c.id = o.contract_id WHERE o.destination IN ('{STOCKING}', '{INVOICING}')"):
        triggers[row["contract_number"]][row["destination"]] = row["idempotency_key"]
    evidence_seq = defaultdict(list)  # idempotency key -> journal seqs of the contract's evidence for it
    for row in query(args.db, "SELECT j.source_event_id, j.seq FROM journal j WHERE j.facet = 'ERP_DOCUMENTS'"):
        evidence_seq[row["source_event_id"]].append(int(row["seq"]))
    dead_letters = query(args.db, "SELECT id, origin, destination, reference, contract_id, reason FROM dead_letter")

    # per ERP: reference -> positions of the documents created with it, and SAP's billing documents per reference
    created = {erp: defaultdict(list) for erp in journals}
    billed = defaultdict(int)
    for erp, documents in journals.items():
        for position, document in enumerate(documents):
            if document.get("type") == "A_BillingDocument":
                billed[document.get("reference")] += 1
            elif is_creation(document.get("type", "")) and document.get("reference"):
                created[erp][document["reference"]].append(position)

    findings = []
    lost = duplicated = out_of_order = 0
    for contract in contracts:
        number, erp = contract["number"], contract["erp"]
        keys = triggers.get(number, {})
        if erp not in created:
            raise SystemExit(f"no journal given for {erp} (contract {number})")
        positions = {}
        for destination in (STOCKING, INVOICING):
            key = keys.get(destination)
            if key is None:
                lost += 1
                findings.append(f"lost {number} {erp} {destination}: no trigger (effective={contract['effective']})")
                continue
            reference = erp_reference(key)
            if erp == "sap" and destination == INVOICING:
                # SAP bills the order itself; the hub finds the billing document and records it on the contract
                count = len(evidence_seq.get(key, []))
                if count == 0 or billed.get(erp_reference(keys.get(STOCKING, "")), 0) == 0:
                    lost += 1
                    findings.append(f"lost {number} sap invoice {reference}: evidence {count}, billing documents "
                                    f"{billed.get(erp_reference(keys.get(STOCKING, '')), 0)}")
                continue
            found = created[erp].get(reference, [])
            if not found:
                lost += 1
                findings.append(f"lost {number} {erp} {destination} {reference}")
            elif len(found) > 1:
                duplicated += len(found) - 1
                findings.append(f"duplicated {number} {erp} {destination} {reference} x{len(found)}")
            if found:
                positions[destination] = found[0]
        in_erp_wrong = STOCKING in positions and INVOICING in positions and positions[INVOICING] < positions[STOCKING]
        order_seqs = evidence_seq.get(keys.get(STOCKING, ""), [])
        invoice_seqs = evidence_seq.get(keys.get(INVOICING, ""), [])
        in_hub_wrong = bool(order_seqs) and bool(invoice_seqs) and min(invoice_seqs) < min(order_seqs)
        if in_erp_wrong or in_hub_wrong:
            out_of_order += 1
            findings.append(f"out_of_order {number} {erp}: erp journal {in_erp_wrong}, contract journal {in_hub_wrong}")

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
