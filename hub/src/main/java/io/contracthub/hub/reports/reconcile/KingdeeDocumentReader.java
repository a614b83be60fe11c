package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.erp.ErpReference;
import io.contracthub.connectors.kingdee.KingdeeConnector;

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
    public Optional<ErpDocumentTotal> find(ErpOperation operation, String idempotencyKey) {
        return kingdee.findDocument(operation, ErpReference.of(idempotencyKey))
                .map(bill -> new ErpDocumentTotal(bill.number(), bill.status(), bill.gross()));
    }
}
