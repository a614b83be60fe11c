package io.contracthub.routes.erp;

import com.fasterxml.jackson.databind.JsonNode;

/** Decides which company, and so which ERP, a trigger message goes to. */
public interface ErpTargets {

    /** @throws ErpRoutingException when no company is configured for this contract (not retried) */
    ErpTarget targetFor(JsonNode triggerMessage);
}
