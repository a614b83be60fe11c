package io.contracthub.routes.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.erp.ErpReference;

/**
 * What every ERP mapping reads: the trigger message, the company's master data, the document reference of this
 * trigger and the order reference shared by all triggers of one contract version (SAP bills from that one order). An
 * amended order ({@code amends} names the trigger whose order it changes) carries the references of that order.
 */
public final class ErpDeliveryInput {

    private ErpDeliveryInput() {
    }

    public static ObjectNode of(JsonNode trigger, ErpTarget target) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("reference", reference(trigger));
        input.put("orderReference", orderReference(trigger));
        input.set("trigger", trigger);
        input.set("company", target.company());
        return input;
    }

    /** The reference this trigger's document is filed under (Kingdee's bill number, U8's biz_id and voucher code). */
    public static String reference(JsonNode trigger) {
        // an amended order changes the order of the trigger it amends, so it is known by that trigger's references
        JsonNode amends = trigger.path("amends");
        return ErpReference.of(amends.hasNonNull("idempotencyKey") ? amends.path("idempotencyKey").asText()
                : trigger.path("idempotencyKey").asText());
    }

    /** The order reference of the trigger's contract version (SAP's PurchaseOrderByCustomer). */
    public static String orderReference(JsonNode trigger) {
        JsonNode amends = trigger.path("amends");
        return orderReference(trigger.path("contractId").asText(), amends.hasNonNull("idempotencyKey")
                ? amends.path("contractVersion").asLong() : trigger.path("contractVersion").asLong());
    }

    public static String orderReference(String contractId, long contractVersion) {
        return ErpReference.of(contractId + ":" + contractVersion);
    }
}
