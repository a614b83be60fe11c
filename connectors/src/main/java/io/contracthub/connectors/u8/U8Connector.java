package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.erp.ErpReceipt;
import io.contracthub.connectors.erp.ErpReceiptReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.util.Optional;

/**
 * Stocking instruction -> {@code saleorder/add}; invoicing task -> {@code saleinvoice/add}. Exactly once rests on
 * U8's own biz_id protection: every attempt for one trigger sends the same biz_id, and U8 answers the voucher it
 * already created instead of creating another.
 */
public final class U8Connector implements ErpConnector, ErpReceiptReader {

    public static final String SYSTEM = "u8";
    /** 收款单 through the OpenAPI (UNCONFIRMED api name and fields: code, date, customername, amount, invoiceno). */
    static final String RECEIPT_API = "receivevouch";
    private static final int ROWS_PER_PAGE = 100;
    private static final int MAX_PAGES = 20;

    private final U8OpenApiClient client;
    private final ConnectorResilience resilience;
    private final U8Vouchers vouchers;

    public U8Connector(U8OpenApiClient client, ConnectorResilience resilience) {
        this.client = client;
        this.resilience = resilience;
        this.vouchers = new U8Vouchers(client);
    }

    /** The voucher reads, without the delivery's resilience: for readers that bring their own (the contract 360). */
    public U8Vouchers vouchers() {
        return vouchers;
    }

    /** The voucher an earlier delivery filed under {@code reference}, with its gross total; under the u8 resilience. */
    public Optional<U8Vouchers.Voucher> findDocument(ErpOperation operation, String reference) {
        String api = operation == ErpOperation.INVOICE ? U8Vouchers.SALE_INVOICE : U8Vouchers.SALE_ORDER;
        return resilience.call(() -> vouchers.find(api, reference));
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public String mappingFor(ErpOperation operation) {
        return switch (operation) {
            case SALES_ORDER, SALES_ORDER_CHANGE -> "mappings/u8/sale-order.jslt";
            case INVOICE -> "mappings/u8/sale-invoice.jslt";
        };
    }

    @Override
    public ErpDocument deliver(ErpOperation operation, String reference, JsonNode document) {
        if (operation == ErpOperation.SALES_ORDER_CHANGE) {
            // saleorder/edit under the biz_id the order was added with: U8 changes that voucher (same content, same voucher)
            JsonNode result = resilience.call(() -> client.call("saleorder", "edit", reference, document));
            return new ErpDocument(SYSTEM, operation, result.path("id").asText(), "amended, biz_id " + reference, true);
        }
        String api = operation == ErpOperation.SALES_ORDER ? "saleorder" : "saleinvoice";
        JsonNode result = resilience.call(() -> client.add(api, reference, document));
        // U8 answers a resubmitted biz_id like a first one, so the hub cannot tell "created now" from "found"
        return new ErpDocument(SYSTEM, operation, result.path("id").asText(), "biz_id " + reference, true);
    }

    /** The 收款单 naming one of {@code invoices} (U8 voucher ids, as saleinvoice/add answered them). */
    @Override
    public List<ErpReceipt> receiptsFor(Collection<String> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        Map<String, String> filter = Map.of("invoiceno", String.join(",", invoices));
        List<JsonNode> rows = resilience.call(() -> client.batchGet(RECEIPT_API, filter, ROWS_PER_PAGE, MAX_PAGES));
        List<ErpReceipt> receipts = new ArrayList<>();
        for (JsonNode row : rows) {
            String invoice = row.path("invoiceno").asText("");
            String amount = row.path("amount").asText("");
            if (!invoices.contains(invoice) || amount.isBlank() || row.path("date").asText("").length() < 10) {
                continue;
            }
            receipts.add(new ErpReceipt(SYSTEM, row.path("code").asText(), invoice, row.path("customername").asText(""),
                    new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP),
                    LocalDate.parse(row.path("date").asText().substring(0, 10))));
        }
        return receipts;
    }
}
