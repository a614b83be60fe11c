package io.contracthub.hub.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 4, Duration.ofMinutes(1));

    @Test
    void waitsTheDoublingBackoffButNeverLessThanTheEarliestRetry() {
        assertThat(policy.delay(1)).as("5 s backoff, 1 min retry-after").isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delay(5)).as("5 s x 16").isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.delay(12)).as("capped").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withoutAnEarliestRetryTheBackoffAlone() {
        RetryPolicy plain = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 4, null);

        assertThat(plain.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(plain.delay(2)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theLastAttemptUsesThemUp() {
        assertThat(policy.exhausted(3)).isFalse();
        assertThat(policy.exhausted(4)).isTrue();
    }

    @Test
    void noAttemptsAtAllIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }
}
