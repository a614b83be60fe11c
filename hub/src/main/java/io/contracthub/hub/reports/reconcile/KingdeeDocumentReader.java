package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.routes.erp.ErpDeliveryInput;

import java.util.Optional;

/** Kingdee's bill for a trigger, found by the bill number the delivery gave it (ExecuteBillQuery). */
public final class KingdeeDocumentReader implements ErpDocumentReader {

    private final KingdeeConnector kingdee;

    public KingdeeDocumentReader(KingdeeConnector kingdee) {
        this.kingdee = kingdee;
    }

    @Override
    public String system() {
        return KingdeeConnector.SYSTEM;
    }

    @Override
    public Optional<ErpDocumentTotal> find(ErpOperation operation, JsonNode trigger) {
        return kingdee.findDocument(operation, ErpDeliveryInput.reference(trigger))
                .map(bill -> new ErpDocumentTotal(bill.number(), bill.status(), bill.gross(), Basis.GROSS));
    }
}
