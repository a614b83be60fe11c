package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.routes.erp.ErpDeliveryInput;

import java.util.Optional;

/** U8's voucher for a trigger, found by the voucher code (= biz_id) the delivery gave it; totals are gross. */
public final class U8DocumentReader implements ErpDocumentReader {

    private final U8Connector u8;

    public U8DocumentReader(U8Connector u8) {
        this.u8 = u8;
    }

    @Override
    public String system() {
        return U8Connector.SYSTEM;
    }

    @Override
    public Optional<ErpDocumentTotal> find(ErpOperation operation, JsonNode trigger) {
        return u8.findDocument(operation, ErpDeliveryInput.reference(trigger))
                .map(voucher -> new ErpDocumentTotal(voucher.code(), voucher.status(), voucher.gross(), Basis.GROSS));
    }
}
