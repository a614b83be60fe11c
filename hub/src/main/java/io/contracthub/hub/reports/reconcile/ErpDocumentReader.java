package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.erp.ErpOperation;

import java.math.BigDecimal;
import java.util.Optional;

/** Looks up, in one ERP, the document a trigger's delivery created, with the ERP's own total. */
public interface ErpDocumentReader {

    /** "kingdee", "u8", "sap": the ERP this reader reads. */
    String system();

    /** The document the delivery of this trigger files (under the reference it derives from the key); empty when none. */
    Optional<ErpDocumentTotal> find(ErpOperation operation, String idempotencyKey);

    /** A document as the ERP holds it: number, status in words, gross total to the fen. */
    record ErpDocumentTotal(String number, String status, BigDecimal gross) {
    }
}
