package io.contracthub.simulators.u8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.ErpSimulator;
import io.contracthub.simulators.erp.SimulatedDelivery;
import io.contracthub.simulators.erp.SimulatorHttpServer;
import io.contracthub.simulators.erp.SimulatorHttpServer.Request;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * U8+ OpenAPI as the hub meets it: {@code /system/token} with a lifetime (and expiry on demand);
 * {@code saleorder/add} and {@code saleinvoice/add} accepted asynchronously with a result URL that answers
 * "processing" until the processing time has passed; one voucher per biz_id however often it is submitted; string
 * errcodes; master data checked when the voucher is processed. Reads through {@code <api>/batch_get} answer the
 * vouchers the hub created ({@code saleorder}, {@code saleinvoice} by {@code code}) and the dispatch lists (发货单) the
 * simulated warehouse made for each created sales order ({@code dispatchlist} by {@code socode}), with the carrier in
 * {@code sccode} and the waybill in the free item {@code define10}.
 */
public final class U8Simulator extends ErpSimulator {

    /** Errcode for a missing, unknown or expired token (UNCONFIRMED value; the hub's is configurable). */
    public static final String TOKEN_INVALID = "30002";
    public static final String BUSINESS_ERROR = "2001";

    private final U8SimulatorSettings settings;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Map<String, String> tradeByBizId = new ConcurrentHashMap<>();
    private final AtomicLong voucherIds = new AtomicLong(1000);
    private final AtomicLong tokenFetches = new AtomicLong();
    private final Map<String, ObjectNode> vouchers = new ConcurrentHashMap<>();

    public U8Simulator(U8SimulatorSettings settings) {
        super("u8", settings.port(), "FHD");
        this.settings = settings;
    }

    /**
     * Changes a created voucher as a U8 user would in the client: {@code edit} gets the voucher (the add payload,
     * entries included) to change in place.
     *
     * @param api  {@code saleorder} or {@code saleinvoice}
     * @param code the voucher's code (the sales order's {@code code}, the invoice's {@code invoiceno})
     * @throws java.util.NoSuchElementException when no such voucher was created
     */
    public void editVoucher(String api, String code, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode voucher = vouchers.get(api + "/" + code);
        if (voucher == null) {
            throw new java.util.NoSuchElementException("No " + api + " " + code);
        }
        synchronized (voucher) {
            edit.accept(voucher);
        }
    }

    public void expireTokens() {
        tokens.clear();
    }

    public long tokenFetches() {
        return tokenFetches.get();
    }

    @Override
    protected Response handle(Request request) throws IOException {
        return switch (request.path()) {
            case "/system/token" -> token(request);
            case "/api/saleorder/add" -> add(request, "saleorder");
            case "/api/saleorder/edit" -> edit(request, "saleorder");
            case "/api/saleinvoice/add" -> add(request, "saleinvoice");
            case "/api/result" -> result(request);
            case "/api/saleorder/batch_get" -> batchGet(request, "saleorder", "code");
            case "/api/saleinvoice/batch_get" -> batchGet(request, "saleinvoice", "code");
            case "/api/dispatchlist/batch_get" -> dispatchLists(request);
            case "/api/receivevouch/batch_get" -> receipts(request);
            default -> Response.json(404, error("404", "接口不存在"));
        };
    }

    private Response token(Request request) {
        if (!settings.fromAccount().equals(request.query().get("from_account")) || !settings.appKey().equals(request.query().get("app_key"))
                || !settings.appSecret().equals(request.query().get("app_secret"))) {
            return Response.json(200, error("30001", "app_key或app_secret错误"));
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, Instant.now().plus(settings.tokenLifetime()));
        tokenFetches.incrementAndGet();
        ObjectNode answer = error("0", "成功");
        answer.putObject("token").put("id", token).put("appKey", settings.appKey())
                .put("expiresIn", settings.tokenLifetime().toSeconds());
        return Response.json(200, answer);
    }

    private Response add(Request request, String api) throws IOException {
        if (!validToken(request.query().get("token"))) {
            return Response.json(200, error(TOKEN_INVALID, "token无效或已过期"));
        }
        if (!settings.toAccount().equals(request.query().get("to_account"))) {
            return Response.json(200, error(BUSINESS_ERROR, "to_account不存在"));
        }
        String bizId = request.query().getOrDefault("biz_id", "");
        Trade trade = accept(api, bizId, request.json().path(api));
        ObjectNode answer = error("0", "已受理");
        answer.put("tradeid", trade.tradeId).put("url", baseUrl() + "/api/result?tradeid=" + trade.tradeId);
        return Response.json(200, answer);
    }

    /**
     * Changes the voucher added under the same biz_id (journalled as {@code <api>:edit}); answered asynchronously like
     * an add. No voucher under that biz_id is a business error.
     */
    private Response edit(Request request, String api) throws IOException {
        if (!validToken(request.query().get("token"))) {
            return Response.json(200, error(TOKEN_INVALID, "token无效或已过期"));
        }
        String bizId = request.query().getOrDefault("biz_id", "");
        Trade trade = change(api, bizId, request.json().path(api));
        ObjectNode answer = error("0", "已受理");
        answer.put("tradeid", trade.tradeId).put("url", baseUrl() + "/api/result?tradeid=" + trade.tradeId);
        return Response.json(200, answer);
    }

    private synchronized Trade change(String api, String bizId, JsonNode voucher) {
        Trade trade = new Trade(UUID.randomUUID().toString().replace("-", ""), Instant.now().plus(settings.processingTime()));
        String added = bizId.isBlank() ? null : tradeByBizId.get(api + "/" + bizId);
        String problem = added == null ? "biz_id[" + bizId + "]对应的单据不存在" : problem(api, voucher);
        if (problem != null) {
            trade.result = error(BUSINESS_ERROR, problem);
        } else {
            String id = trades.get(added).result.path("id").asText();
            trade.result = error("0", "成功").put("id", id).put("tradeid", trade.tradeId);
            ObjectNode stored = vouchers.get(api + "/" + codeOf(voucher, bizId));
            if (stored != null && voucher.isObject()) {
                synchronized (stored) {
                    stored.removeAll();
                    stored.setAll(((ObjectNode) voucher).deepCopy());
                }
            }
            journal.add(new CreatedDocument(api + ":edit", id, bizId, voucher, Instant.now()));
        }
        trades.put(trade.tradeId, trade);
        return trade;
    }

    private synchronized Trade accept(String api, String bizId, JsonNode voucher) {
        String existing = bizId.isBlank() ? null : tradeByBizId.get(api + "/" + bizId);
        if (existing != null) {
            return trades.get(existing);
        }
        Trade trade = new Trade(UUID.randomUUID().toString().replace("-", ""), Instant.now().plus(settings.processingTime()));
        String problem = problem(api, voucher);
        if (problem != null) {
            trade.result = error(BUSINESS_ERROR, problem);
        } else {
            String id = Long.toString(voucherIds.incrementAndGet());
            trade.result = error("0", "成功").put("id", id).put("tradeid", trade.tradeId);
            if (!bizId.isBlank()) {
                tradeByBizId.put(api + "/" + bizId, trade.tradeId);
            }
            String code = codeOf(voucher, bizId);
            vouchers.put(api + "/" + code, voucher.isObject() ? ((ObjectNode) voucher).deepCopy() : SimulatorHttpServer.JSON.createObjectNode());
            journal.add(new CreatedDocument(api, id, bizId, voucher, Instant.now()));
            if ("saleorder".equals(api)) {
                shipping.orderCreated(code);
            }
        }
        trades.put(trade.tradeId, trade);
        return trade;
    }

    private String problem(String api, JsonNode voucher) {
        String customer = voucher.path("saleorder".equals(api) ? "custcode" : "customercode").asText(null);
        if (!masterData.knowsCustomer(customer)) {
            return "客户编码[" + customer + "]不存在";
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode entry : voucher.path("entry")) {
            String material = entry.path("inventorycode").asText(null);
            if (!masterData.knowsMaterial(material)) {
                missing.add(material);
            }
        }
        return missing.isEmpty() ? null : "存货编码" + missing + "不存在";
    }

    /** The created vouchers of {@code api} whose code is the {@code code} parameter (all of them without one). */
    private Response batchGet(Request request, String api, String filter) {
        Response refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        String wanted = request.query().get(filter);
        ObjectNode answer = page();
        ArrayNode rows = answer.putArray(api + "list");
        vouchers.forEach((key, voucher) -> {
            if (key.startsWith(api + "/") && (wanted == null || key.equals(api + "/" + wanted))) {
                synchronized (voucher) {
                    ObjectNode row = voucher.deepCopy();
                    row.put("code", key.substring(api.length() + 1)).put("verifier", "");
                    rows.add(row);
                }
            }
        });
        answer.put("row_count", Integer.toString(rows.size()));
        return Response.json(200, answer);
    }

    /** The dispatch lists the warehouse made from the sales order named by {@code socode}. */
    private Response dispatchLists(Request request) {
        Response refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        String orderCode = request.query().getOrDefault("socode", "");
        ObjectNode answer = page();
        ArrayNode rows = answer.putArray("dispatchlist");
        for (SimulatedDelivery delivery : shipping.of(orderCode)) {
            rows.addObject().put("code", delivery.number()).put("socode", delivery.orderNumber())
                    .put("date", delivery.shippedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString())
                    .put("verifier", "仓库主管").put("sccode", delivery.carrierCode()).put("define10", delivery.waybillNumber());
        }
        answer.put("row_count", Integer.toString(rows.size()));
        return Response.json(200, answer);
    }

    private Response refusal(Request request) {
        if (!validToken(request.query().get("token"))) {
            return Response.json(200, error(TOKEN_INVALID, "token无效或已过期"));
        }
        if (!settings.toAccount().equals(request.query().get("to_account"))) {
            return Response.json(200, error(BUSINESS_ERROR, "to_account不存在"));
        }
        return null;
    }

    private static ObjectNode page() {
        return error("0", "成功").put("page_index", "1").put("page_count", "1");
    }

    private static String codeOf(JsonNode voucher, String bizId) {
        String code = voucher.path("code").asText(voucher.path("invoiceno").asText(""));
        return code.isBlank() ? bizId : code;
    }

    /**
     * 收款单 read back (UNCONFIRMED api name and fields): the receipts booked at {@code POST /_sim/receipts}, those paying
     * the invoices {@code invoiceno} names (comma-separated; every receipt without it), a page at a time
     * ({@code page_index} from 1, {@code rows_per_page}).
     */
    private Response receipts(Request request) {
        Response refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        String invoices = request.query().getOrDefault("invoiceno", "");
        List<io.contracthub.simulators.erp.SimulatedReceipt> all = invoices.isBlank() ? receipts.all()
                : receipts.forInvoices(List.of(invoices.split(",")));
        int page = Math.max(1, parseInt(request.query().get("page_index"), 1));
        int rows = Math.max(1, Math.min(100, parseInt(request.query().get("rows_per_page"), 20)));
        ObjectNode answer = error("0", "成功");
        answer.put("page_index", page).put("rows_per_page", rows).put("row_count", all.size())
                .put("page_count", (all.size() + rows - 1) / rows);
        var list = answer.putArray("receivevouch");
        all.stream().skip((long) (page - 1) * rows).limit(rows).forEach(receipt -> list.addObject()
                .put("code", receipt.number()).put("date", receipt.date().toString())
                .put("customername", receipt.payerName()).put("amount", receipt.amount().toPlainString())
                .put("invoiceno", receipt.invoice()).put("digest", "收款 " + receipt.invoice()));
        return Response.json(200, answer);
    }

    private static int parseInt(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private Response result(Request request) {
        Trade trade = trades.get(request.query().getOrDefault("tradeid", ""));
        if (trade == null) {
            return Response.json(200, error(BUSINESS_ERROR, "交易号不存在"));
        }
        if (Instant.now().isBefore(trade.readyAt)) {
            return Response.json(200, error("0", "处理中"));
        }
        return Response.json(200, trade.result);
    }

    private boolean validToken(String token) {
        Instant expiresAt = token == null ? null : tokens.get(token);
        return expiresAt != null && Instant.now().isBefore(expiresAt);
    }

    private static ObjectNode error(String errcode, String errmsg) {
        return SimulatorHttpServer.JSON.createObjectNode().put("errcode", errcode).put("errmsg", errmsg);
    }

    private static final class Trade {
        final String tradeId;
        final Instant readyAt;
        volatile ObjectNode result;

        Trade(String tradeId, Instant readyAt) {
            this.tradeId = tradeId;
            this.readyAt = readyAt;
        }
    }
}
