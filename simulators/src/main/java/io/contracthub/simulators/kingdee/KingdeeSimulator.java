package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.ErpSimulator;
import io.contracthub.simulators.erp.SimulatorHttpServer;
import io.contracthub.simulators.erp.SimulatorHttpServer.Request;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kingdee Cloud Galaxy WebAPI as the hub meets it: LoginBySign (and LoginByAppSecret) with a session cookie that
 * expires when idle or on demand, answering session-lost inside Result.ResponseStatus; Save / Submit / Audit /
 * ExecuteBillQuery on any form; bill numbers unique per form; master data checked on Save; UnAudit, and Save with an
 * existing FID to change a created or un-audited bill. A saved sales order is shipped by the simulated warehouse: its
 * sales outbound (SAL_OUTSTOCK) carries the order number (FSoorDerno), the carrier (FCarrierID.FNumber, a Kuaidi100
 * carrier code) and the waybill number (FCarriageNO). Receipts booked at {@code POST /_sim/receipts} are answered as
 * audited AR_RECEIVEBILL (收款单) rows.
 */
public final class KingdeeSimulator extends ErpSimulator {

    public static final String SESSION_LOST = "会话信息已丢失，请重新登录";
    private static final Pattern SERVICE = Pattern.compile(".*/Kingdee\\.BOS\\.WebApi\\.ServicesStub\\.(\\w+)\\.(\\w+)\\.common\\.kdsvc");
    private static final Pattern BILL_NO_FILTER = Pattern.compile("FBillNo\\s*=\\s*'([^']*)'");
    private static final Pattern FIELD_FILTER = Pattern.compile("([\\w.]+)\\s*=\\s*'([^']*)'");
    static final String SALES_ORDER = "SAL_SaleOrder";
    static final String OUTBOUND = "SAL_OUTSTOCK";
    static final String RECEIPT = "AR_RECEIVEBILL";
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final KingdeeSimulatorSettings settings;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, Bill> bills = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(100000);
    private final AtomicLong logins = new AtomicLong();

    public KingdeeSimulator(KingdeeSimulatorSettings settings) {
        super("kingdee", settings.port(), "XSCKD");
        this.settings = settings;
    }

    /** Base URL as the hub configures it (the K3Cloud application path included). */
    @Override
    public String baseUrl() {
        return super.baseUrl() + "/K3Cloud";
    }

    /** Drops every session now, as a Kingdee restart or an administrator would. */
    public void expireSessions() {
        sessions.clear();
    }

    public long logins() {
        return logins.get();
    }

    @Override
    protected Response handle(Request request) throws IOException {
        Matcher service = SERVICE.matcher(request.path());
        if (!"POST".equals(request.method()) || !service.matches()) {
            return Response.text(404, "Not Found");
        }
        JsonNode parameters = request.json().path("parameters");
        String method = service.group(2).toLowerCase(Locale.ROOT);
        if ("AuthService".equals(service.group(1))) {
            return login(method, parameters);
        }
        if (!validSession(request)) {
            return "executebillquery".equals(method) ? Response.json(200, List.of(List.of(failure(SESSION_LOST, ""))))
                    : Response.json(200, failure(SESSION_LOST, ""));
        }
        String formId = parameters.path(0).asText();
        JsonNode data = parameters.path(1).isTextual() ? SimulatorHttpServer.JSON.readTree(parameters.path(1).asText()) : parameters.path(1);
        return switch (method) {
            case "save" -> save(formId, data.path("Model"));
            case "submit" -> data.path("Numbers").size() > 0 && isStatus(formId, data, "D")
                    ? transition(formId, data, "D", "B") : transition(formId, data, "A", "B");
            case "audit" -> transition(formId, data, "B", "C");
            case "unaudit" -> transition(formId, data, "C", "D");
            case "executebillquery" -> query(formId, data);
            default -> Response.json(200, failure("不支持的操作 " + method, ""));
        };
    }

    private Response login(String method, JsonNode parameters) {
        boolean valid = switch (method) {
            case "loginbysign" -> settings.acctId().equals(parameters.path(0).asText())
                    && settings.username().equals(parameters.path(1).asText())
                    && settings.appId().equals(parameters.path(2).asText())
                    && LoginBySign.sign(settings.acctId(), settings.username(), settings.appId(), settings.appSecret(),
                    parameters.path(3).asLong()).equals(parameters.path(4).asText())
                    && Math.abs(Instant.now().getEpochSecond() - parameters.path(3).asLong()) < 300;
            case "loginbyappsecret" -> settings.acctId().equals(parameters.path(0).asText())
                    && settings.appId().equals(parameters.path(2).asText())
                    && settings.appSecret().equals(parameters.path(3).asText());
            default -> false;
        };
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        if (!valid) {
            answer.put("LoginResultType", 0).put("MessageCode", "002005000003016")
                    .put("Message", "签名信息不正确").put("IsSuccessByAPI", false);
            return Response.json(200, answer);
        }
        String sessionId = UUID.randomUUID().toString().replace("-", "");
        sessions.put(sessionId, Instant.now());
        logins.incrementAndGet();
        answer.put("LoginResultType", 1).put("Message", "").put("KDSVCSessionId", sessionId).put("IsSuccessByAPI", true)
                .put("Lcid", 2052).putObject("Context").put("UserName", settings.username());
        return Response.json(200, answer).withHeader("Set-Cookie", "kdservice-sessionid=" + sessionId + "; Path=/");
    }

    private boolean validSession(Request request) {
        String sessionId = request.cookie("kdservice-sessionid");
        if (sessionId == null) {
            sessionId = request.header("kdservice-sessionid");
        }
        Instant lastUsed = sessionId == null ? null : sessions.get(sessionId);
        if (lastUsed == null || lastUsed.plus(settings.sessionIdleTimeout()).isBefore(Instant.now())) {
            return false;
        }
        sessions.put(sessionId, Instant.now());
        return true;
    }

    private synchronized Response save(String formId, JsonNode model) {
        if (model.path("FID").asLong(0) != 0) {
            return modify(formId, model);
        }
        String billNo = model.path("FBillNo").asText("");
        if (billNo.isBlank()) {
            return Response.json(200, failure("单据编号不能为空", "FBillNo"));
        }
        if (bills.containsKey(formId + "/" + billNo)) {
            return Response.json(200, failure("单据编号" + billNo + "已经存在，不能重复", "FBillNo"));
        }
        String customer = firstNumber(model, "FCustId", "FCUSTOMERID");
        if (!masterData.knowsCustomer(customer)) {
            return Response.json(200, failure("字段“客户”的值[" + customer + "]在基础资料中不存在", "FCustId"));
        }
        for (String material : materials(model)) {
            if (!masterData.knowsMaterial(material)) {
                return Response.json(200, failure("字段“物料编码”的值[" + material + "]在基础资料中不存在", "FMaterialId"));
            }
        }
        long id = ids.incrementAndGet();
        bills.put(formId + "/" + billNo, new Bill(id, "A", model.isObject() ? (ObjectNode) model.deepCopy() : SimulatorHttpServer.JSON.createObjectNode()));
        journal.add(new CreatedDocument(formId, billNo, billNo, model, Instant.now()));
        if (SALES_ORDER.equals(formId)) {
            shipping.orderCreated(billNo);
        }
        ObjectNode answer = success(id, billNo);
        return Response.json(200, answer);
    }

    /**
     * Save with an existing FID updates that bill (Kingdee: "FID 0 = create, existing FID = update"). Only a bill that
     * is created or un-audited (A, D) may be changed; an audited one must be un-audited first. Journalled as
     * {@code <form>:modify}.
     */
    private synchronized Response modify(String formId, JsonNode model) {
        long fid = model.path("FID").asLong();
        String billNo = model.path("FBillNo").asText("");
        Bill bill = bills.get(formId + "/" + billNo);
        if (bill == null || bill.id != fid) {
            return Response.json(200, failure("单据[FID=" + fid + "]不存在或已被删除", "FID"));
        }
        if (!"A".equals(bill.status) && !"D".equals(bill.status)) {
            return Response.json(200, failure("单据" + billNo + "已审核，不能修改，请先反审核", "FDocumentStatus"));
        }
        for (String material : materials(model)) {
            if (!masterData.knowsMaterial(material)) {
                return Response.json(200, failure("字段“物料编码”的值[" + material + "]在基础资料中不存在", "FMaterialId"));
            }
        }
        synchronized (bill) {
            bill.model.removeAll();
            if (model.isObject()) {
                bill.model.setAll((ObjectNode) model.deepCopy());
            }
        }
        journal.add(new CreatedDocument(formId + ":modify", billNo, billNo, model, Instant.now()));
        return Response.json(200, success(fid, billNo));
    }

    private boolean isStatus(String formId, JsonNode data, String status) {
        Bill bill = bills.get(formId + "/" + data.path("Numbers").path(0).asText());
        return bill != null && status.equals(bill.status);
    }

    private synchronized Response transition(String formId, JsonNode data, String from, String to) {
        for (JsonNode number : data.path("Numbers")) {
            Bill bill = bills.get(formId + "/" + number.asText());
            if (bill == null || !from.equals(bill.status)) {
                return Response.json(200, failure("单据" + number.asText() + "的状态不允许此操作", ""));
            }
            bill.status = to;
        }
        return Response.json(200, success(0, data.path("Numbers").path(0).asText()));
    }

    /**
     * Changes a saved bill as a Kingdee user would in the client: {@code edit} gets the bill's model (the Save
     * payload, entries included) to change in place.
     *
     * @throws java.util.NoSuchElementException when no such bill was saved
     */
    public void editBill(String formId, String billNo, java.util.function.Consumer<ObjectNode> edit) {
        Bill bill = bills.get(formId + "/" + billNo);
        if (bill == null) {
            throw new java.util.NoSuchElementException("No bill " + formId + " " + billNo);
        }
        synchronized (bill) {
            edit.accept(bill.model);
        }
    }

    /**
     * Answers the FieldKeys asked for: header fields once, entry fields (a field of the objects in an entry array)
     * one row per entry, as Kingdee does.
     */
    private Response query(String formId, JsonNode data) {
        String filterString = data.path("FilterString").asText("");
        if (OUTBOUND.equals(formId)) {
            return Response.json(200, outboundRows(data.path("FieldKeys").asText(""), filterString));
        }
        if (RECEIPT.equals(formId)) {
            return Response.json(200, receiptRows(data.path("FieldKeys").asText(""), filterString));
        }
        Matcher filter = BILL_NO_FILTER.matcher(filterString);
        ArrayNode rows = SimulatorHttpServer.JSON.createArrayNode();
        if (filter.find()) {
            Bill bill = bills.get(formId + "/" + filter.group(1));
            if (bill != null) {
                List<String> keys = List.of(data.path("FieldKeys").asText("FBillNo,FDocumentStatus").split("\\s*,\\s*"));
                synchronized (bill) {
                    List<JsonNode> entries = entriesWith(bill.model, keys);
                    for (JsonNode entry : entries.isEmpty() ? java.util.Collections.<JsonNode>singletonList(null) : entries) {
                        ArrayNode row = rows.addArray();
                        for (String key : keys) {
                            row.add(value(bill, entry, key));
                        }
                    }
                }
            }
        }
        return Response.json(200, rows);
    }

    /** The sales outbounds matching one {@code Field='value'} filter, with the asked-for columns in order. */
    private ArrayNode outboundRows(String fieldKeys, String filterString) {
        ArrayNode rows = SimulatorHttpServer.JSON.createArrayNode();
        Matcher filter = FIELD_FILTER.matcher(filterString);
        if (!filter.find()) {
            return rows;
        }
        for (var delivery : shipping.all()) {
            Map<String, String> fields = Map.of("fbillno", delivery.number(), "fdocumentstatus", "C",
                    "fsoorderno", delivery.orderNumber(), "fcarrierid.fnumber", delivery.carrierCode(),
                    "fcarriageno", delivery.waybillNumber(),
                    "fdate", delivery.shippedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0).toString());
            if (!filter.group(2).equals(fields.get(filter.group(1).toLowerCase(Locale.ROOT)))) {
                continue;
            }
            ArrayNode row = rows.addArray();
            for (String key : fieldKeys.split(",")) {
                row.add(fields.getOrDefault(key.strip().toLowerCase(Locale.ROOT), ""));
            }
        }
        return rows;
    }

    /**
     * The receipts (收款单, audited) paying the source bills an {@code FSRCBILLNO in ('…','…')} filter names (every
     * receipt when the filter names none): one row per receipt, with its source bill (FSRCBILLNO, of the 源单明细 entry).
     */
    private ArrayNode receiptRows(String fieldKeys, String filterString) {
        java.util.Set<String> invoices = new java.util.HashSet<>();
        int in = filterString.toUpperCase(Locale.ROOT).indexOf("FSRCBILLNO");
        if (in >= 0) {
            Matcher quoted = QUOTED.matcher(filterString.substring(in));
            while (quoted.find()) {
                invoices.add(quoted.group(1));
            }
        }
        ArrayNode rows = SimulatorHttpServer.JSON.createArrayNode();
        for (var receipt : invoices.isEmpty() ? receipts.all() : receipts.forInvoices(invoices)) {
            Map<String, String> fields = Map.of("fbillno", receipt.number(), "fdocumentstatus", "C",
                    "fdate", receipt.date().atStartOfDay().toString(), "fpayunit.fname", receipt.payerName(),
                    "frealrecamountfor", receipt.amount().toPlainString(), "fsrcbillno", receipt.invoice());
            ArrayNode row = rows.addArray();
            for (String key : fieldKeys.split(",")) {
                row.add(fields.getOrDefault(key.strip().toLowerCase(Locale.ROOT), ""));
            }
        }
        return rows;
    }

    private static List<JsonNode> entriesWith(JsonNode model, List<String> keys) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = model.fields(); fields.hasNext(); ) {
            JsonNode value = fields.next().getValue();
            if (value.isArray() && value.size() > 0 && keys.stream().anyMatch(value.get(0)::has)) {
                List<JsonNode> entries = new java.util.ArrayList<>();
                value.forEach(entries::add);
                return entries;
            }
        }
        return List.of();
    }

    private static JsonNode value(Bill bill, JsonNode entry, String key) {
        if ("FID".equals(key)) {
            return SimulatorHttpServer.JSON.getNodeFactory().numberNode(bill.id);
        }
        if ("FDocumentStatus".equals(key)) {
            return SimulatorHttpServer.JSON.getNodeFactory().textNode(bill.status);
        }
        JsonNode value = entry != null && entry.has(key) ? entry.get(key) : bill.model.path(key);
        return value.isMissingNode() ? SimulatorHttpServer.JSON.getNodeFactory().nullNode() : value;
    }

    private static String firstNumber(JsonNode model, String... fields) {
        for (String field : fields) {
            JsonNode number = model.path(field).path("FNumber");
            if (number.isTextual()) {
                return number.asText();
            }
        }
        return null;
    }

    private static List<String> materials(JsonNode model) {
        List<String> codes = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = model.fields(); fields.hasNext(); ) {
            JsonNode value = fields.next().getValue();
            if (value.isArray()) {
                for (JsonNode entry : value) {
                    JsonNode material = entry.has("FMaterialId") ? entry.path("FMaterialId") : entry.path("FMATERIALID");
                    if (!material.isMissingNode()) {
                        codes.add(material.path("FNumber").asText(null));
                    }
                }
            }
        }
        return codes;
    }

    private static ObjectNode success(long id, String number) {
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        ObjectNode result = answer.putObject("Result");
        ObjectNode status = result.putObject("ResponseStatus");
        status.put("IsSuccess", true).put("MsgCode", 0);
        status.putArray("Errors");
        status.putArray("SuccessEntitys").addObject().put("Id", id).put("Number", number).put("DIndex", 0);
        status.putArray("SuccessMessages");
        result.put("Id", id).put("Number", number);
        return answer;
    }

    private static ObjectNode failure(String message, String field) {
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode();
        ObjectNode status = answer.putObject("Result").putObject("ResponseStatus");
        status.put("ErrorCode", 500).put("IsSuccess", false).put("MsgCode", SESSION_LOST.equals(message) ? 1 : 0);
        status.putArray("Errors").addObject().put("FieldName", field).put("Message", message).put("DIndex", 0);
        status.putArray("SuccessEntitys");
        status.putArray("SuccessMessages");
        return answer;
    }

    private static final class Bill {
        final long id;
        final ObjectNode model;
        volatile String status;

        Bill(long id, String status, ObjectNode model) {
            this.id = id;
            this.status = status;
            this.model = model;
        }
    }
}
