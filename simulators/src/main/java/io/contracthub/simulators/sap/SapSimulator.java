package io.contracthub.simulators.sap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.ErpSimulator;
import io.contracthub.simulators.erp.SimulatorHttpServer;
import io.contracthub.simulators.erp.SimulatorHttpServer.Request;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S/4HANA OData V2 as the hub meets it: Basic auth; CSRF tokens fetched with {@code X-CSRF-Token: Fetch} and valid
 * only with the session cookie they came with (403 "CSRF token validation failed" otherwise, and after
 * {@link #expireCsrfTokens()}); A_SalesOrder deep insert with items, V2 error payloads for unknown partners or
 * materials; no duplicate protection (as in SAP); billing documents created from orders and readable through
 * API_BILLING_DOCUMENT_SRV. Each order is priced by its items' price conditions (to_PricingElement, the manual price
 * at step 10 / counter 1 of the simulated pricing procedure): NetAmount per item, TotalNetAmount on the order and on
 * its billing document. The simulated warehouse ships each created order at once: its outbound delivery is readable
 * through API_OUTBOUND_DELIVERY_SRV (items referring to the order, the header with the waybill in BillOfLading and the
 * carrier as forwarding agent partner SP, supplier number = Kuaidi100 carrier code). Beside it the same orders over SOAP ({@link #BAPI_SERVICE}, see {@link SapBapiService}):
 * Basic auth, no CSRF, the same master data, journal and billing.
 */
public final class SapSimulator extends ErpSimulator {

    public static final String SALES_ORDER_SERVICE = "/sap/opu/odata/sap/API_SALES_ORDER_SRV";
    public static final String BILLING_SERVICE = "/sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV";
    public static final String OUTBOUND_DELIVERY_SERVICE = "/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002";
    static final String PRICE_STEP = "10";
    static final String PRICE_COUNTER = "1";
    private static final Pattern KEY_PREDICATE = Pattern.compile("/(\\w+)\\('(\\w+)'\\)");
    /** Operational journal entry items: a customer item cleared by an incoming payment is the receipt read back. */
    public static final String ACCOUNTING_ITEM_SERVICE = "/sap/opu/odata/sap/API_OPLACCTGDOCITEMCUBE_SRV";
    private static final Pattern REFERENCE_FILTER = Pattern.compile("DocumentReferenceID eq '([^']*)'");
    /** The SOAMANAGER endpoint of BAPI_SALESORDER_CREATEFROMDAT2 / _GETLIST (connectors' wsdl/sap-salesorder-bapi.wsdl). */
    public static final String BAPI_SERVICE = "/sap/bc/srt/rfc/sap/zsd_salesorder_create/100/zsd_salesorder_create/zsd_salesorder_create_binding";
    private static final String SESSION_COOKIE = "SAP_SESSIONID_S4H_100";
    private static final Pattern EQ_FILTER = Pattern.compile("(\\w+) eq '([^']*)'");

    private final SapSimulatorSettings settings;
    private final Map<String, String> csrfTokenBySession = new ConcurrentHashMap<>();
    private final List<ObjectNode> salesOrders = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> billingItems = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> billingDocuments = new CopyOnWriteArrayList<>();
    private final AtomicLong orderNumbers = new AtomicLong(4000000);
    private final AtomicLong billingNumbers = new AtomicLong(90000000);
    private final AtomicLong csrfFetches = new AtomicLong();
    private final SapBapiService bapi = new SapBapiService(this);

    public SapSimulator(SapSimulatorSettings settings) {
        super("sap", settings.port(), "80");
        this.settings = settings;
    }

    /** Invalidates every CSRF token, as a session timeout on the SAP side does. */
    public void expireCsrfTokens() {
        csrfTokenBySession.clear();
    }

    public long csrfFetches() {
        return csrfFetches.get();
    }

    @Override
    protected Response handle(Request request) throws IOException {
        if (!authorized(request)) {
            return Response.text(401, "Logon failed").withHeader("WWW-Authenticate", "Basic realm=\"SAP NetWeaver Application Server\"");
        }
        if ("Fetch".equalsIgnoreCase(request.header("X-CSRF-Token"))) {
            return fetchToken(request);
        }
        String path = request.path();
        if (path.equals(BAPI_SERVICE) && "POST".equals(request.method())) {
            return bapi.handle(request.body());
        }
        if ("PATCH".equals(request.method()) || "MERGE".equals(request.method())) {
            return update(request);
        }
        if ("POST".equals(request.method())) {
            String session = request.cookie(SESSION_COOKIE);
            String token = session == null ? null : csrfTokenBySession.get(session);
            if (token == null || !token.equals(request.header("X-CSRF-Token"))) {
                return Response.text(403, "CSRF token validation failed").withHeader("x-csrf-token", "Required");
            }
            if (path.equals(SALES_ORDER_SERVICE + "/A_SalesOrder")) {
                return createSalesOrder(request.json());
            }
            return Response.json(405, error("/IWFND/CM_MGW/005", "Method not allowed for this resource"));
        }
        if (path.equals(SALES_ORDER_SERVICE + "/A_SalesOrder")) {
            return list(salesOrders, request.query().get("$filter"));
        }
        if (path.equals(BILLING_SERVICE + "/A_BillingDocumentItem")) {
            return list(billingItems, request.query().get("$filter"));
        }
        if (path.startsWith(BILLING_SERVICE + "/A_BillingDocument(")) {
            return byKey(billingDocuments, "BillingDocument", path.substring(BILLING_SERVICE.length()));
        }
        if (path.equals(OUTBOUND_DELIVERY_SERVICE + "/A_OutbDeliveryItem")) {
            return list(deliveryItems(), request.query().get("$filter"));
        }
        if (path.startsWith(OUTBOUND_DELIVERY_SERVICE + "/A_OutbDeliveryHeader(")) {
            return byKey(deliveryHeaders(), "DeliveryDocument", path.substring(OUTBOUND_DELIVERY_SERVICE.length()));
        }
        if (path.equals(ACCOUNTING_ITEM_SERVICE + "/A_OperationalAcctgDocItemCube")) {
            return clearedCustomerItems(request.query().get("$filter"));
        }
        if (path.startsWith(SALES_ORDER_SERVICE) || path.startsWith(BILLING_SERVICE) || path.startsWith(OUTBOUND_DELIVERY_SERVICE)
                || path.startsWith(ACCOUNTING_ITEM_SERVICE)) {
            return Response.json(200, SimulatorHttpServer.JSON.createObjectNode().putObject("d").putArray("EntitySets"));
        }
        return Response.json(404, error("/IWFND/MED/170", "No service found for namespace, name " + path));
    }

    /**
     * The customer items (FinancialAccountType D) of the billing documents the filter's {@code DocumentReferenceID eq
     * '…'} terms name, cleared by a receipt booked at {@code POST /_sim/receipts}: the clearing document is the
     * incoming payment, its date the day the money was booked.
     */
    private Response clearedCustomerItems(String filter) {
        java.util.Set<String> references = new java.util.HashSet<>();
        Matcher reference = REFERENCE_FILTER.matcher(filter == null ? "" : filter);
        while (reference.find()) {
            references.add(reference.group(1));
        }
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        var results = answer.putObject("d").putArray("results");
        for (var receipt : receipts.forInvoices(references)) {
            long clearedOn = receipt.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            results.addObject().put("CompanyCode", "1010").put("FiscalYear", String.valueOf(receipt.date().getYear()))
                    .put("AccountingDocument", "90" + receipt.invoice().replaceAll("\\D", ""))
                    .put("FinancialAccountType", "D").put("CustomerName", receipt.payerName())
                    .put("DocumentReferenceID", receipt.invoice())
                    .put("AmountInTransactionCurrency", receipt.amount().toPlainString()).put("TransactionCurrency", "CNY")
                    .put("ClearingAccountingDocument", receipt.number())
                    .put("ClearingDate", "/Date(" + clearedOn + ")/");
        }
        return Response.json(200, answer);
    }

    private static final Pattern ITEM_KEY = Pattern.compile(
            "/(A_SalesOrderItem|A_SalesOrderItemPrcgElmnt)\\(SalesOrder='(\\w+)',SalesOrderItem='(\\w+)'(?:,PricingProcedureStep='(\\w+)',PricingProcedureCounter='(\\w+)')?\\)");

    /**
     * OData V2 update of an order's item or an item's pricing element (204 No Content), with the CSRF check of every
     * modifying request. The change is journalled as {@code <entity>:PATCH} with the order number; a missing order or
     * item is 404 as in SAP.
     */
    private synchronized Response update(Request request) throws IOException {
        String session = request.cookie(SESSION_COOKIE);
        String token = session == null ? null : csrfTokenBySession.get(session);
        if (token == null || !token.equals(request.header("X-CSRF-Token"))) {
            return Response.text(403, "CSRF token validation failed").withHeader("x-csrf-token", "Required");
        }
        String path = java.net.URLDecoder.decode(request.path(), StandardCharsets.UTF_8);
        Matcher key = ITEM_KEY.matcher(path.substring(Math.min(path.length(), SALES_ORDER_SERVICE.length())));
        if (!path.startsWith(SALES_ORDER_SERVICE) || !key.matches()) {
            return Response.json(405, error("/IWFND/CM_MGW/005", "Method not allowed for this resource"));
        }
        ObjectNode order = salesOrders.stream().filter(o -> key.group(2).equals(o.path("SalesOrder").asText()))
                .findFirst().orElse(null);
        JsonNode item = null;
        if (order != null) {
            for (JsonNode candidate : order.path("to_Item")) {
                if (key.group(3).equals(candidate.path("SalesOrderItem").asText())) {
                    item = candidate;
                }
            }
        }
        if (item == null) {
            return Response.json(404, error("SD_SALES_DOCUMENT/001", "Sales order item " + key.group(2) + "/" + key.group(3)
                    + " does not exist"));
        }
        JsonNode changes = request.json();
        ObjectNode changedItem = (ObjectNode) order.path("to_Item").get(indexOf(order, key.group(3)));
        if ("A_SalesOrderItem".equals(key.group(1))) {
            changes.fields().forEachRemaining(field -> changedItem.set(field.getKey(), field.getValue()));
        } else {
            JsonNode element = priceElement(changedItem, key.group(4), key.group(5));
            if (element == null) {
                return Response.json(404, error("SD_SALES_DOCUMENT/002", "Pricing element " + key.group(4) + "/" + key.group(5)
                        + " of item " + key.group(2) + "/" + key.group(3) + " does not exist"));
            }
            changes.fields().forEachRemaining(field -> ((ObjectNode) element).set(field.getKey(), field.getValue()));
        }
        price(order);
        journal.add(new CreatedDocument(key.group(1) + ":PATCH", key.group(2), key.group(2) + "/" + key.group(3),
                changes, Instant.now()));
        return Response.text(204, "");
    }

    private static int indexOf(ObjectNode order, String itemNumber) {
        JsonNode items = order.path("to_Item");
        for (int i = 0; i < items.size(); i++) {
            if (itemNumber.equals(items.get(i).path("SalesOrderItem").asText())) {
                return i;
            }
        }
        return -1;
    }

    private Response fetchToken(Request request) {
        csrfFetches.incrementAndGet();
        String session = request.cookie(SESSION_COOKIE);
        Response response = Response.json(200, SimulatorHttpServer.JSON.createObjectNode().putObject("d"));
        if (session == null || !csrfTokenBySession.containsKey(session)) {
            session = UUID.randomUUID().toString().replace("-", "");
            response = response.withHeader("Set-Cookie", SESSION_COOKIE + "=" + session + "; path=/; HttpOnly");
        }
        String token = csrfTokenBySession.computeIfAbsent(session, s -> Base64.getEncoder()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24));
        return response.withHeader("x-csrf-token", token);
    }

    private synchronized Response createSalesOrder(JsonNode order) {
        String soldTo = order.path("SoldToParty").asText(null);
        if (!masterData.knowsCustomer(soldTo)) {
            return Response.json(400, error("V1/302", "Customer " + soldTo + " has not been created for sales organization "
                    + order.path("SalesOrganization").asText() + " distribution channel " + order.path("DistributionChannel").asText()));
        }
        JsonNode items = order.path("to_Item");
        if (!items.isArray() || items.isEmpty()) {
            return Response.json(400, error("V1/412", "Sales document contains no items"));
        }
        for (JsonNode item : items) {
            if (!masterData.knowsMaterial(item.path("Material").asText(null))) {
                return Response.json(400, error("V1/392", "Material " + item.path("Material").asText() + " is not defined for sales org."
                        + order.path("SalesOrganization").asText()));
            }
        }
        ObjectNode created = ((ObjectNode) order).deepCopy();
        String number = recordOrder(created, "A_SalesOrder", order);
        created.putObject("__metadata").put("uri", baseUrl() + SALES_ORDER_SERVICE + "/A_SalesOrder('" + number + "')")
                .put("type", "API_SALES_ORDER_SRV.A_SalesOrderType");
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        answer.set("d", created);
        return Response.json(201, answer).withHeader("Location", baseUrl() + SALES_ORDER_SERVICE + "/A_SalesOrder('" + number + "')");
    }

    /**
     * Numbers and keeps a sales order however it arrived (OData or BAPI), journals it under {@code journalType} and
     * bills it when so configured. {@code order} holds the A_SalesOrder fields the OData queries filter on.
     */
    synchronized String recordOrder(ObjectNode order, String journalType, JsonNode payload) {
        String number = Long.toString(orderNumbers.incrementAndGet());
        order.put("SalesOrder", number).put("OverallSDProcessStatus", "A");
        for (JsonNode item : order.path("to_Item")) {
            ((ObjectNode) item).put("SalesOrder", number);
            JsonNode elements = item.path("to_PricingElement");
            if (elements.isArray() && !elements.isEmpty()) {
                ((ObjectNode) elements.get(0)).put("PricingProcedureStep", PRICE_STEP).put("PricingProcedureCounter", PRICE_COUNTER);
            }
        }
        price(order);
        salesOrders.add(order);
        String reference = order.path("PurchaseOrderByCustomer").asText(null);
        journal.add(new CreatedDocument(journalType, number, reference, payload, Instant.now()));
        if (settings.billOrdersImmediately()) {
            bill(number, reference);
        }
        shipping.orderCreated(number);
        return number;
    }

    /**
     * Changes a created sales order as an SAP user would in VA02: {@code edit} gets the order (the deep insert payload
     * with its items and their pricing elements) to change in place; the order is priced again afterwards.
     *
     * @throws java.util.NoSuchElementException when no order carries that PurchaseOrderByCustomer
     */
    public synchronized void editSalesOrder(String purchaseOrderByCustomer, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode order = ordersWithReference(purchaseOrderByCustomer).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No sales order " + purchaseOrderByCustomer));
        edit.accept(order);
        price(order);
    }

    /** NetAmount of each item (quantity x its price condition's rate) and the order's TotalNetAmount, to the cent. */
    private static void price(ObjectNode order) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (JsonNode item : order.path("to_Item")) {
            JsonNode element = item.path("to_PricingElement").path(0);
            java.math.BigDecimal rate = decimal(element.path("ConditionRateValue").asText(""));
            java.math.BigDecimal net = rate.multiply(decimal(item.path("RequestedQuantity").asText("")))
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            ((ObjectNode) item).put("NetAmount", net.toPlainString());
            total = total.add(net);
        }
        order.put("TotalNetAmount", total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static JsonNode priceElement(JsonNode item, String step, String counter) {
        for (JsonNode element : item.path("to_PricingElement")) {
            if (step.equals(element.path("PricingProcedureStep").asText()) && counter.equals(element.path("PricingProcedureCounter").asText())) {
                return element;
            }
        }
        return null;
    }

    private static java.math.BigDecimal decimal(String text) {
        return text.isBlank() ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(text);
    }

    private List<ObjectNode> deliveryItems() {
        List<ObjectNode> items = new java.util.ArrayList<>();
        for (var delivery : shipping.all()) {
            items.add(SimulatorHttpServer.JSON.createObjectNode().put("DeliveryDocument", delivery.number())
                    .put("DeliveryDocumentItem", "10").put("ReferenceSDDocument", delivery.orderNumber())
                    .put("ReferenceSDDocumentItem", "10"));
        }
        return items;
    }

    private List<ObjectNode> deliveryHeaders() {
        List<ObjectNode> headers = new java.util.ArrayList<>();
        for (var delivery : shipping.all()) {
            ObjectNode header = SimulatorHttpServer.JSON.createObjectNode().put("DeliveryDocument", delivery.number())
                    .put("OverallGoodsMovementStatus", "C").put("OverallSDProcessStatus", "C")
                    .put("BillOfLading", delivery.waybillNumber())
                    .put("ActualGoodsMovementDate", "/Date(" + delivery.shippedAt().toEpochMilli() + ")/");
            header.putObject("to_DeliveryDocumentPartner").putArray("results").addObject()
                    .put("SDDocument", delivery.number()).put("PartnerFunction", "SP").put("Supplier", delivery.carrierCode());
            headers.add(header);
        }
        return headers;
    }

    private static Response byKey(List<ObjectNode> entities, String keyField, String entityPath) {
        Matcher key = KEY_PREDICATE.matcher(java.net.URLDecoder.decode(entityPath, StandardCharsets.UTF_8));
        if (key.matches()) {
            for (ObjectNode entity : entities) {
                if (key.group(2).equals(entity.path(keyField).asText())) {
                    ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
                    answer.set("d", entity);
                    return Response.json(200, answer);
                }
            }
        }
        return Response.json(404, error("/IWBEP/CM_MGW_RT/020", "Resource not found for segment '" + entityPath + "'"));
    }

    /** The orders whose PurchaseOrderByCustomer is {@code reference}. */
    List<ObjectNode> ordersWithReference(String reference) {
        return salesOrders.stream().filter(order -> reference.equals(order.path("PurchaseOrderByCustomer").asText())).toList();
    }

    private JsonNode ordersByNumber(String salesOrder) {
        return salesOrders.stream().filter(order -> salesOrder.equals(order.path("SalesOrder").asText())).findFirst()
                .map(JsonNode.class::cast).orElse(SimulatorHttpServer.JSON.createObjectNode());
    }

    /** Bills an order the way SAP's billing due list run would. */
    public synchronized String bill(String salesOrder, String reference) {
        String number = Long.toString(billingNumbers.incrementAndGet());
        ObjectNode item = SimulatorHttpServer.JSON.createObjectNode().put("BillingDocument", number)
                .put("BillingDocumentItem", "10").put("SalesDocument", salesOrder).put("BillingDocumentType", "F2");
        billingItems.add(item);
        String net = ordersByNumber(salesOrder).path("TotalNetAmount").asText("0.00");
        billingDocuments.add(SimulatorHttpServer.JSON.createObjectNode().put("BillingDocument", number)
                .put("BillingDocumentType", "F2").put("OverallBillingStatus", "C").put("BillingDocumentIsCancelled", false)
                .put("TotalNetAmount", net));
        journal.add(new CreatedDocument("A_BillingDocument", number, reference, item, Instant.now()));
        return number;
    }

    private static Response list(List<ObjectNode> entities, String filter) {
        Matcher eq = filter == null ? null : EQ_FILTER.matcher(filter);
        boolean filtered = eq != null && eq.find();
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        ArrayNode results = answer.putObject("d").putArray("results");
        for (ObjectNode entity : entities) {
            if (!filtered || eq.group(2).equals(entity.path(eq.group(1)).asText())) {
                results.add(entity);
            }
        }
        return Response.json(200, answer);
    }

    private boolean authorized(Request request) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        return expected.equals(request.header("Authorization"));
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        ObjectNode error = answer.putObject("error");
        error.put("code", code);
        error.putObject("message").put("lang", "en").put("value", message);
        ObjectNode inner = error.putObject("innererror");
        inner.putObject("application").put("component_id", "SD-SLS-API").put("service_namespace", "/SAP/")
                .put("service_id", "API_SALES_ORDER_SRV").put("service_version", "0001");
        inner.put("transactionid", UUID.randomUUID().toString().replace("-", "").toUpperCase());
        inner.put("timestamp", "20261126000000.0000000");
        inner.putArray("errordetails").addObject().put("code", code).put("message", message)
                .put("propertyref", "").put("severity", "error").put("target", "");
        return answer;
    }
}
