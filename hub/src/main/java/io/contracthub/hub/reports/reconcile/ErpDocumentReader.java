package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpOperation;

import java.math.BigDecimal;
import java.util.Optional;

/** Looks up, in one ERP, the document a trigger's delivery created, with the ERP's own total. */
public interface ErpDocumentReader {

    /** "kingdee", "u8", "sap": the ERP this reader reads. */
    String system();

    /**
     * The document the delivery of this trigger files (under the references the delivery derives from the trigger
     * message, see ErpDeliveryInput); empty when none.
     */
    Optional<ErpDocumentTotal> find(ErpOperation operation, JsonNode trigger);

    /** Which of the contract's totals an ERP's document total is compared with. */
    enum Basis { GROSS, NET }

    /** A document as the ERP holds it: number, status in words, total to the fen (gross or net, as the ERP keeps it). */
    record ErpDocumentTotal(String number, String status, BigDecimal total, Basis basis) {
    }
}
