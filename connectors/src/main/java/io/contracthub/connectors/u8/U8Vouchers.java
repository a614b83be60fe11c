package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * U8's own reading of the vouchers the hub filed (without resilience: the callers bring their own): the sales order
 * and sales invoice by their voucher code (the hub's reference, sent as {@code code} / {@code invoiceno}), and the
 * dispatch lists (发货单) of an order by the order's code, all through {@code <api>/batch_get}.
 *
 * <p>UNCONFIRMED (see README): the filter names ({@code code}, {@code socode}), the list key of a batch_get answer
 * (read as the answer's first array of objects, whatever its name), the audit mark ({@code verifier}), and where a
 * dispatch list carries its carrier ({@code sccode}, 发运方式, kept equal to Kuaidi100's carrier code) and waybill
 * ({@code define10}, a free item the company fills with the waybill number).
 */
public final class U8Vouchers {

    public static final String SALE_ORDER = "saleorder";
    public static final String SALE_INVOICE = "saleinvoice";
    public static final String DISPATCH_LIST = "dispatchlist";
    static final String CARRIER_FIELD = "sccode";
    static final String WAYBILL_FIELD = "define10";
    private static final int MAX_ROWS = 50;

    private final U8OpenApiClient client;

    public U8Vouchers(U8OpenApiClient client) {
        this.client = client;
    }

    /** The sales order ({@link #SALE_ORDER}) or invoice ({@link #SALE_INVOICE}) with this code; empty when U8 has none. */
    public Optional<Voucher> find(String api, String code) {
        List<JsonNode> rows = client.batchGet(api, Map.of("code", code), MAX_ROWS, 1);
        return rows.stream().filter(row -> code.equals(row.path("code").asText(row.path("invoiceno").asText())))
                .findFirst().map(U8Vouchers::voucher);
    }

    /** The dispatch lists (发货单) U8 made from the sales order with this code. */
    public List<Dispatch> dispatchesOf(String orderCode) {
        List<Dispatch> dispatches = new ArrayList<>();
        for (JsonNode row : client.batchGet(DISPATCH_LIST, Map.of("socode", orderCode), MAX_ROWS, 1)) {
            dispatches.add(new Dispatch(row.path("code").asText(), status(row), blankToNull(row.path(CARRIER_FIELD).asText("")),
                    blankToNull(row.path(WAYBILL_FIELD).asText(""))));
        }
        return dispatches;
    }

    /** A voucher as U8 holds it: code, status in words, gross total (the sum of its entries' {@code sum}) to the fen. */
    public record Voucher(String code, String status, BigDecimal gross) {
    }

    /** A dispatch list: its code, status in words, carrier code and waybill number (null when U8 names none). */
    public record Dispatch(String code, String status, String carrierCode, String waybillNumber) {
    }

    private static Voucher voucher(JsonNode row) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode entry : row.path("entry")) {
            String sum = entry.path("sum").asText("");
            total = total.add(sum.isBlank() ? BigDecimal.ZERO : new BigDecimal(sum));
        }
        return new Voucher(row.path("code").asText(row.path("invoiceno").asText()), status(row), total.setScale(2, RoundingMode.HALF_UP));
    }

    private static String status(JsonNode row) {
        return row.path("verifier").asText("").isBlank() ? "open" : "audited";
    }


    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
