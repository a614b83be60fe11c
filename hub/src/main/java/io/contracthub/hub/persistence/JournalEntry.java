package io.contracthub.hub.persistence;

import java.time.Instant;

/** One accepted evidence event on a contract's journal: the audit timeline and the source of its state. */
public record JournalEntry(String contractId, long seq, String sourceSystem, String sourceEventId, String facet,
                           String outcome, String actor, String reason, String attachmentRef, Instant occurredAt,
                           Instant receivedAt, String payloadHash, String evidenceJson, String lifecycleAfter,
                           String tierAfter) {
}
