package io.contracthub.hub.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Every time the console shows, in the users' zone (hub.console.time-zone, Asia/Shanghai unless set), whatever
 * zone the server runs in. Templates call it as {@code ${@consoleTime.minutes(t)}} or {@code seconds(t)}.
 */
@Component("consoleTime")
public class ConsoleTime {

    private final DateTimeFormatter toMinute;
    private final DateTimeFormatter toSecond;
    private final ZoneId zone;

    public ConsoleTime(@Value("${hub.console.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
        this.toMinute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.toSecond = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    public String minutes(TemporalAccessor time) {
        return time == null ? "" : toMinute.format(instant(time));
    }

    public String seconds(TemporalAccessor time) {
        return time == null ? "" : toSecond.format(instant(time));
    }

    public ZoneId zone() {
        return zone;
    }

    private static Instant instant(TemporalAccessor time) {
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return Instant.from(time);
    }
}
