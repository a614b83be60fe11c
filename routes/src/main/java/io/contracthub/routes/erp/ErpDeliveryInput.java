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
        // an amended order changes the order of the trigger it amends, so it is known by that trigger's references
        JsonNode amends = trigger.path("amends");
        boolean amending = amends.hasNonNull("idempotencyKey");
        input.put("reference", ErpReference.of(amending ? amends.path("idempotencyKey").asText()
                : trigger.path("idempotencyKey").asText()));
        input.put("orderReference", ErpReference.of(trigger.path("contractId").asText() + ":"
                + (amending ? amends.path("contractVersion").asLong() : trigger.path("contractVersion").asLong())));
        input.set("trigger", trigger);
        input.set("company", target.company());
        return input;
    }
}
