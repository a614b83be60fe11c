package io.contracthub.routes.spi;

/** A stored inbound message waiting to become evidence on its contract. */
public record InboxItem(long id, String system, String eventId, String contractKey, String canonicalJson,
                        String payloadHash, int attempts) {
}
