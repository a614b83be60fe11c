package io.contracthub.routes.spi;

import java.time.Instant;

/** An inbound message that passed verification and mapping, ready to be stored in the inbox. */
public record InboundMessage(String system, String eventId, String contractKey, Instant occurredAt,
                             byte[] rawBody, String canonicalJson) {
}
