package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.util.Optional;

/**
 * Stocking instruction -> {@code saleorder/add}; invoicing task -> {@code saleinvoice/add}. Exactly once rests on
 * U8's own biz_id protection: every attempt for one trigger sends the same biz_id, and U8 answers the voucher it
 * already created instead of creating another.
 */
public final class U8Connector implements ErpConnector {

    public static final String SYSTEM = "u8";

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
}
