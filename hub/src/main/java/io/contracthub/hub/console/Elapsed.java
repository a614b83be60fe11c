package io.contracthub.hub.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** "3 days 4 hours" as a message key and its arguments, so each language words it its own way. */
public record Elapsed(String key, List<Long> args) {

    public static Elapsed between(Instant since, Instant now) {
        if (since == null) {
            return null;
        }
        Duration elapsed = Duration.between(since, now).isNegative() ? Duration.ZERO : Duration.between(since, now);
        if (elapsed.toDays() > 0) {
            return new Elapsed("duration.days", List.of(elapsed.toDays(), (long) elapsed.toHoursPart()));
        }
        if (elapsed.toHours() > 0) {
            return new Elapsed("duration.hours", List.of(elapsed.toHours(), 0L));
        }
        return new Elapsed("duration.minutes", List.of(elapsed.toMinutes(), 0L));
    }
}
