package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapDocumentReads;
import io.contracthub.routes.erp.ErpDeliveryInput;

import java.util.Optional;

/**
 * SAP's document for a trigger: the sales order filed under the contract version's order reference, or for an
 * invoicing task the billing document SAP made from it. Totals are net: the hub sends net prices and SAP determines
 * the tax itself, so the net total is what the hub and SAP must agree on.
 */
public final class SapDocumentReader implements ErpDocumentReader {

    private final SapDocumentReads sap;

    public SapDocumentReader(SapDocumentReads sap) {
        this.sap = sap;
    }

    @Override
    public String system() {
        return SapConnector.SYSTEM;
    }

    @Override
    public Optional<ErpDocumentTotal> find(ErpOperation operation, JsonNode trigger) {
        return sap.find(operation, ErpDeliveryInput.orderReference(trigger))
                .map(document -> new ErpDocumentTotal(document.number(), document.status(), document.net(), Basis.NET));
    }
}
