package io.contracthub.routes.spi;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks mapped canonical evidence against the canonical contract's rules; throws {@link InboundRejectedException}. */
@FunctionalInterface
public interface InboundValidator {

    InboundMessage validate(String system, byte[] rawBody, JsonNode canonical);
}
