package io.contracthub.hub.console;

import io.contracthub.hub.security.LoginAttempts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(5), clock);

    @Test
    void fourFailuresDoNotLock() {
        failTimes(4);
        assertThat(attempts.isLocked("li.lei")).isFalse();
    }

    @Test
    void theFifthFailureLocks() {
        failTimes(5);
        assertThat(attempts.isLocked("li.lei")).isTrue();
    }

    @Test
    void theLockEndsAfterFiveMinutes() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.isLocked("li.lei")).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        failTimes(4);
        attempts.succeeded("li.lei");
        failTimes(1);
        assertThat(attempts.isLocked("li.lei")).isFalse();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed("li.lei");
        }
    }
}
