package io.contracthub.hub.payment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How long a node has waited: wall-clock time, or only the hours of Monday to Friday in the given zone. */
public final class WorkingTime {

    private final boolean workingDaysOnly;
    private final ZoneId zone;

    public WorkingTime(boolean workingDaysOnly, ZoneId zone) {
        this.workingDaysOnly = workingDaysOnly;
        this.zone = zone;
    }

    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (!workingDaysOnly) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            ZonedDateTime nextDay = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = nextDay.isBefore(end) ? nextDay : end;
            if (!isWeekend(cursor.getDayOfWeek())) {
                total = total.plus(Duration.between(cursor, stop));
            }
            cursor = stop;
        }
        return total;
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
