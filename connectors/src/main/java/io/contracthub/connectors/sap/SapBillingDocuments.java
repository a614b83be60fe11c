package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorUnavailableException;

import java.util.Optional;

/**
 * The billing document SAP created from a sales order, read back from API_BILLING_DOCUMENT_SRV (OData; it cannot
 * create one). Until SAP has billed the order the read fails transiently, so the invoicing task is retried.
 * Shared by the OData and the SOAP connector: however the order was created, SAP bills it the same way.
 */
public final class SapBillingDocuments {

    private final SapSettings settings;
    private final SapODataClient client;

    public SapBillingDocuments(SapSettings settings, SapODataClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** The reads of the same SAP system (orders, billing documents, outbound deliveries). */
    public SapSalesDocuments salesDocuments() {
        return new SapSalesDocuments(settings, client);
    }

    public ErpDocument of(String salesOrder) {
        return find(salesOrder).orElseThrow(() -> notYet(salesOrder));
    }

    /** The billing document of {@code salesOrder}, or empty while SAP has not billed it (SAP answered: not a failure). */
    public Optional<ErpDocument> find(String salesOrder) {
        JsonNode answer = client.get(settings.billingService() + "/A_BillingDocumentItem?$filter=" + settings.billingOrderField()
                + "%20eq%20'" + salesOrder + "'&$select=BillingDocument&$top=1&$format=json");
        JsonNode results = answer.path("d").path("results");
        if (!results.isArray() || results.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ErpDocument(SapConnector.SYSTEM, ErpOperation.INVOICE, results.get(0).path("BillingDocument").asText(),
                "billed from sales order " + salesOrder, false));
    }

    /** The transient failure of an invoicing task whose order SAP has not billed yet: the delivery route retries it. */
    public static ConnectorUnavailableException notYet(String salesOrder) {
        return new ConnectorUnavailableException(SapConnector.SYSTEM, "SAP has not billed sales order " + salesOrder + " yet", null);
    }
}
