package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SAP's own reading of a contract's sales documents over OData (without resilience: the callers bring their own),
 * however the order was created: the sales order by the hub's order reference (PurchaseOrderByCustomer, API_SALES_ORDER_SRV),
 * the billing document SAP made from it (API_BILLING_DOCUMENT_SRV) and its outbound deliveries
 * (API_OUTBOUND_DELIVERY_SRV: the items referring to the order, then each delivery's header with its partners).
 *
 * <p>Totals are net (TotalNetAmount): the hub sends net prices, SAP determines the tax itself. UNCONFIRMED (see
 * README): the waybill in the delivery header's BillOfLading, the carrier as the forwarding agent partner (SP) whose
 * supplier number the company keeps equal to Kuaidi100's carrier code.
 */
public final class SapSalesDocuments {

    static final String FORWARDING_AGENT = "SP";
    private static final int MAX_DELIVERIES = 50;

    private final SapSettings settings;
    private final SapODataClient client;

    public SapSalesDocuments(SapSettings settings, SapODataClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** The sales order filed under {@code orderReference}; empty when SAP has none. */
    public Optional<Document> salesOrder(String orderReference) {
        requireKey(orderReference);
        return first(client.get(settings.salesOrderService() + "/A_SalesOrder?$filter=" + SapConnector.REFERENCE_FIELD
                + "%20eq%20'" + orderReference + "'&$select=SalesOrder,OverallSDProcessStatus,TotalNetAmount&$format=json"))
                .map(order -> new Document(order.path("SalesOrder").asText(),
                        describe("process status", order.path("OverallSDProcessStatus").asText("")), net(order)));
    }

    /** The billing document SAP made from {@code salesOrder}; empty while SAP has not billed it. */
    public Optional<Document> billingDocumentOf(String salesOrder) {
        requireKey(salesOrder);
        Optional<String> number = first(client.get(settings.billingService() + "/A_BillingDocumentItem?$filter="
                + settings.billingOrderField() + "%20eq%20'" + salesOrder + "'&$select=BillingDocument&$top=1&$format=json"))
                .map(item -> item.path("BillingDocument").asText());
        if (number.isEmpty()) {
            return Optional.empty();
        }
        requireKey(number.get());
        JsonNode header = client.get(settings.billingService() + "/A_BillingDocument('" + number.get()
                + "')?$select=BillingDocument,OverallBillingStatus,BillingDocumentIsCancelled,TotalNetAmount&$format=json").path("d");
        String status = header.path("BillingDocumentIsCancelled").asBoolean(false) ? "cancelled"
                : describe("billing status", header.path("OverallBillingStatus").asText(""));
        return Optional.of(new Document(number.get(), status, net(header)));
    }

    /** The outbound deliveries of {@code salesOrder}, each with its goods movement status, carrier and waybill. */
    public List<Delivery> deliveriesOf(String salesOrder) {
        requireKey(salesOrder);
        JsonNode items = client.get(settings.outboundDeliveryService() + "/A_OutbDeliveryItem?$filter=ReferenceSDDocument%20eq%20'"
                + salesOrder + "'&$select=DeliveryDocument&$top=" + MAX_DELIVERIES + "&$format=json").path("d").path("results");
        Set<String> numbers = new LinkedHashSet<>();
        items.forEach(item -> numbers.add(item.path("DeliveryDocument").asText()));
        List<Delivery> deliveries = new ArrayList<>();
        for (String number : numbers) {
            requireKey(number);
            JsonNode header = client.get(settings.outboundDeliveryService() + "/A_OutbDeliveryHeader('" + number
                    + "')?$expand=to_DeliveryDocumentPartner&$format=json").path("d");
            String carrier = null;
            for (JsonNode partner : header.path("to_DeliveryDocumentPartner").path("results")) {
                if (FORWARDING_AGENT.equals(partner.path("PartnerFunction").asText())) {
                    carrier = blankToNull(partner.path("Supplier").asText(""));
                }
            }
            deliveries.add(new Delivery(number, describe("goods movement", header.path("OverallGoodsMovementStatus").asText("")),
                    carrier, blankToNull(header.path("BillOfLading").asText(""))));
        }
        return deliveries;
    }

    /** A sales or billing document: number, status in words, net total to the fen. */
    public record Document(String number, String status, BigDecimal net) {
    }

    /** An outbound delivery: number, status in words, carrier code and waybill (null when SAP names none). */
    public record Delivery(String number, String status, String carrierCode, String waybillNumber) {
    }

    // SD status codes: '' not relevant, A not yet processed, B partially processed, C completely processed
    private static String describe(String what, String code) {
        return switch (code) {
            case "A" -> what + " open";
            case "B" -> what + " partial";
            case "C" -> what + " complete";
            case "" -> "open";
            default -> what + " " + code;
        };
    }

    private static BigDecimal net(JsonNode entity) {
        String amount = entity.path("TotalNetAmount").asText("");
        return (amount.isBlank() ? BigDecimal.ZERO : new BigDecimal(amount)).setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<JsonNode> first(JsonNode answer) {
        JsonNode results = answer.path("d").path("results");
        return results.isArray() && !results.isEmpty() ? Optional.of(results.get(0)) : Optional.empty();
    }

    // keys go into filter literals and key predicates: only SAP's own key characters may
    private static void requireKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9]{1,35}")) {
            throw new IllegalArgumentException("not an SAP document key: " + key);
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
