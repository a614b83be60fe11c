package io.contracthub.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When evidence may say it happened. Per facet the latest {@code occurredAt} wins, so a date in the future would
 * outrank every real fact after it; five minutes cover senders whose clocks run a little ahead (the same tolerance
 * the webhook signatures allow), and no more, so a mistyped date cannot settle a facet for days. Nothing the hub tracks
 * happened before 2000, and the database cannot store the extremes of {@link Instant} at all.
 */
public final class EvidenceTime {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    public static final String RULE = "must lie between " + EARLIEST + " and 5 minutes after the hub's clock";

    private EvidenceTime() {
    }

    public static boolean isPlausible(Instant occurredAt, Instant now) {
        return !occurredAt.isBefore(EARLIEST) && !occurredAt.isAfter(now.plus(MAX_AHEAD));
    }
}
