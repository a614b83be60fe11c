package io.contracthub.hub.api;

import java.time.Instant;
import java.util.List;

/** One journal entry as the timeline shows it, with the trigger messages it fired. */
public record TimelineEntry(long seq, Instant receivedAt, Instant occurredAt, String sourceSystem, String sourceEventId,
                            String facet, String outcome, String actor, String reason, String attachmentRef,
                            String payloadHash, String lifecycleAfter, String tierAfter, List<FiredTrigger> triggers) {

    public record FiredTrigger(String trigger, String destination, String idempotencyKey, Instant publishedAt) {
    }
}
