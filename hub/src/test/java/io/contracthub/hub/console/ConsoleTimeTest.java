package io.contracthub.hub.console;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTimeTest {

    private final ConsoleTime shanghai = new ConsoleTime(ZoneId.of("Asia/Shanghai"));

    @Test
    void anInstantIsShownInTheUsersZoneNotTheServers() {
        Instant lateUtcEvening = Instant.parse("2026-11-30T17:30:45Z");

        assertThat(shanghai.minutes(lateUtcEvening)).isEqualTo("2026-12-01 01:30");
        assertThat(shanghai.seconds(lateUtcEvening)).isEqualTo("2026-12-01 01:30:45");
    }

    @Test
    void anOffsetTimeIsConvertedToTheUsersZone() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);

        assertThat(shanghai.minutes(utc)).isEqualTo("2026-06-01 16:00");
    }

    @Test
    void noTimeIsShownAsNothing() {
        assertThat(shanghai.minutes(null)).isEmpty();
        assertThat(shanghai.seconds(null)).isEmpty();
    }

    @Test
    void theZoneIsConfigurable() {
        assertThat(new ConsoleTime(ZoneId.of("UTC")).minutes(Instant.parse("2026-11-30T17:30:45Z")))
                .isEqualTo("2026-11-30 17:30");
    }
}
