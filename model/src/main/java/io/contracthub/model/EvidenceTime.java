package io.contracthub.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When evidence may say it happened. Per facet the latest {@code occurredAt} wins, so a date in the future would
 * outrank every real fact after it; a day's margin covers senders whose clocks run ahead. Nothing the hub tracks
 * happened before 2000, and the database cannot store the extremes of {@link Instant} at all.
 */
public final class EvidenceTime {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration MAX_AHEAD = Duration.ofDays(1);
    public static final String RULE = "must lie between " + EARLIEST + " and one day after the hub's clock";

    private EvidenceTime() {
    }

    public static boolean isPlausible(Instant occurredAt, Instant now) {
        return !occurredAt.isBefore(EARLIEST) && !occurredAt.isAfter(now.plus(MAX_AHEAD));
    }
}
