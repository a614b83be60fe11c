package io.contracthub.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvidenceTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void evidence_from_the_past_is_plausible() {
        assertThat(EvidenceTime.isPlausible(Instant.parse("2026-11-20T08:00:00Z"), NOW)).isTrue();
    }

    @Test
    void evidence_up_to_five_minutes_ahead_of_the_clock_is_plausible() {
        assertThat(EvidenceTime.isPlausible(NOW.plus(Duration.ofMinutes(5)), NOW)).isTrue();
    }

    @Test
    void evidence_more_than_five_minutes_ahead_of_the_clock_is_not() {
        assertThat(EvidenceTime.isPlausible(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW)).isFalse();
    }

    @Test
    void evidence_from_before_2000_is_not() {
        assertThat(EvidenceTime.isPlausible(Instant.parse("1999-12-31T23:59:59Z"), NOW)).isFalse();
    }

    @Test
    void the_extremes_of_instant_are_not() {
        assertThat(EvidenceTime.isPlausible(Instant.MAX, NOW)).isFalse();
        assertThat(EvidenceTime.isPlausible(Instant.MIN, NOW)).isFalse();
    }
}
