package io.contracthub.connectors.sap;

import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.util.Optional;

/**
 * What both SAP connectors (OData and SOAP) offer readers: the documents without resilience (for readers that bring
 * their own, the contract 360) and the document a trigger's delivery filed, under the sap resilience (reconciliation).
 */
public final class SapDocumentReads {

    private final SapSalesDocuments documents;
    private final ConnectorResilience resilience;

    public SapDocumentReads(SapSalesDocuments documents, ConnectorResilience resilience) {
        this.documents = documents;
        this.resilience = resilience;
    }

    public SapSalesDocuments documents() {
        return documents;
    }

    /**
     * The sales order filed under {@code orderReference}, or (for an invoicing task) the billing document SAP made from
     * it; empty when SAP has none.
     */
    public Optional<SapSalesDocuments.Document> find(ErpOperation operation, String orderReference) {
        return resilience.call(() -> {
            Optional<SapSalesDocuments.Document> order = documents.salesOrder(orderReference);
            return operation == ErpOperation.INVOICE ? order.flatMap(found -> documents.billingDocumentOf(found.number())) : order;
        });
    }
}
