package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.util.Optional;

/**
 * Stocking instruction -> A_SalesOrder deep insert with its items. SAP has no duplicate protection on this API, so
 * the order carries the hub's reference in PurchaseOrderByCustomer and every attempt queries for it first.
 *
 * <p>Invoicing task -> the billing document SAP creates from the order (billing due list / output control):
 * API_BILLING_DOCUMENT_SRV cannot create one, so the hub reads it back by query. Only the stocking instruction creates
 * the order: the two triggers of one contract run concurrently on different queues, and without SAP-side duplicate
 * protection two creators could both miss each other's order. Until the order exists and SAP has billed it, the
 * invoicing attempt fails transiently, so it is retried and finally dead-lettered for a replay.
 */
public final class SapConnector implements ErpConnector, SapReadable, io.contracthub.connectors.erp.ErpReceiptReader {

    public static final String SYSTEM = "sap";
    static final String REFERENCE_FIELD = "PurchaseOrderByCustomer";

    private final SapSettings settings;
    private final SapODataClient client;
    private final ConnectorResilience resilience;
    private final SapBillingDocuments billing;
    private final SapOrderOnce orderOnce;
    private final SapDocumentReads reads;

    public SapConnector(SapSettings settings, SapODataClient client, ConnectorResilience resilience) {
        this.settings = settings;
        this.client = client;
        this.resilience = resilience;
        this.billing = new SapBillingDocuments(settings, client);
        this.orderOnce = new SapOrderOnce(settings.unsureCreateWait());
        this.reads = new SapDocumentReads(billing.salesDocuments(), resilience);
    }

    @Override
    public SapDocumentReads reads() {
        return reads;
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public String mappingFor(ErpOperation operation) {
        return operation == ErpOperation.SALES_ORDER_CHANGE ? "mappings/sap/sales-order-change.jslt"
                : "mappings/sap/sales-order.jslt";
    }

    @Override
    public ErpDocument deliver(ErpOperation operation, String reference, JsonNode document) {
        String orderReference = document.path(REFERENCE_FIELD).asText("");
        if (!orderReference.matches("[A-Z0-9]{1,35}")) {
            throw new ConnectorRejectedException(SYSTEM, 0, null, "the mapped order has no valid " + REFERENCE_FIELD);
        }
        if (operation == ErpOperation.SALES_ORDER_CHANGE) {
            return resilience.call(() -> change(orderReference, document));
        }
        if (operation == ErpOperation.SALES_ORDER) {
            return resilience.call(() -> findOrCreateOrder(orderReference, document));
        }
        // "no order / not billed yet" is SAP answering, not SAP failing: thrown outside the breaker, so invoicing tasks
        // waiting for their order never open it (and pause the stocking instructions that create the orders)
        String salesOrder = resilience.call(() -> findOrder(orderReference).map(order -> order.path("SalesOrder").asText()))
                .orElseThrow(() -> new ConnectorUnavailableException(SYSTEM, "SAP has no sales order " + REFERENCE_FIELD + " "
                        + orderReference + " yet (the stocking instruction creates it)", null));
        return resilience.call(() -> billing.find(salesOrder)).orElseThrow(() -> SapBillingDocuments.notYet(salesOrder));
    }

    private ErpDocument findOrCreateOrder(String orderReference, JsonNode document) {
        return orderOnce.findOrCreate(() -> findOrder(orderReference).map(order -> order(order, false)),
                () -> order(client.post(settings.salesOrderService(), "/A_SalesOrder",
                        withReference(document, orderReference)).path("d"), true));
    }

    /**
     * API_SALES_ORDER_SRV changes an order entity by entity: PATCH each item's requested quantity (A_SalesOrderItem)
     * and its price condition (A_SalesOrderItemPrcgElmnt, the condition step and counter the mapping names). A PATCH
     * sets values, so sending it again changes nothing.
     */
    private ErpDocument change(String orderReference, JsonNode document) {
        String salesOrder = findOrder(orderReference).map(order -> order.path("SalesOrder").asText()).orElseThrow(() ->
                new ConnectorRejectedException(SYSTEM, 0, null, "SAP has no sales order " + REFERENCE_FIELD + " "
                        + orderReference + ": there is no order to amend"));
        for (JsonNode item : document.path("items")) {
            String itemNumber = item.path("SalesOrderItem").asText();
            if (!itemNumber.matches("[0-9]{1,6}")) {
                throw new ConnectorRejectedException(SYSTEM, 0, null, "the mapped change has no valid SalesOrderItem");
            }
            String itemKey = "SalesOrder='" + salesOrder + "',SalesOrderItem='" + itemNumber + "'";
            client.patch(settings.salesOrderService(), "/A_SalesOrderItem(" + itemKey + ")", item.path("item"));
            JsonNode price = item.path("price");
            client.patch(settings.salesOrderService(), "/A_SalesOrderItemPrcgElmnt(" + itemKey
                    + ",PricingProcedureStep='" + price.path("PricingProcedureStep").asText() + "',PricingProcedureCounter='"
                    + price.path("PricingProcedureCounter").asText() + "')", price.path("values"));
        }
        return new ErpDocument(SYSTEM, ErpOperation.SALES_ORDER_CHANGE, salesOrder, "amended", true);
    }

    private Optional<JsonNode> findOrder(String orderReference) {
        // orderReference matched [A-Z0-9]+ above, so it cannot break out of the filter literal
        JsonNode answer = client.get(settings.salesOrderService() + "/A_SalesOrder?$filter=" + REFERENCE_FIELD
                + "%20eq%20'" + orderReference + "'&$select=SalesOrder,OverallSDProcessStatus&$format=json");
        JsonNode results = answer.path("d").path("results");
        return results.isArray() && !results.isEmpty() ? Optional.of(results.get(0)) : Optional.empty();
    }

    private static ErpDocument order(JsonNode salesOrder, boolean createdNow) {
        String status = salesOrder.path("OverallSDProcessStatus").asText("");
        return new ErpDocument(SYSTEM, ErpOperation.SALES_ORDER, salesOrder.path("SalesOrder").asText(),
                status.isBlank() ? "open" : "process status " + status, createdNow);
    }

    private static ObjectNode withReference(JsonNode document, String orderReference) {
        ObjectNode copy = ((ObjectNode) document).deepCopy();
        copy.put(REFERENCE_FIELD, orderReference);
        return copy;
    }

    /** Customer items of these billing documents cleared by an incoming payment ({@link SapReceipts}). */
    @Override
    public java.util.List<io.contracthub.connectors.erp.ErpReceipt> receiptsFor(java.util.Collection<String> invoices) {
        return invoices.isEmpty() ? java.util.List.of() : resilience.call(() -> new SapReceipts(client).clearedItemsOf(invoices));
    }
}
