package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorResilienceTest {

    private final ConnectorResilience resilience = new ConnectorResilience("demo", ResilienceSettings.withDefaultBackoff(
            Duration.ofMillis(200), 3, Duration.ofMillis(10), 50, 4, 4, Duration.ofMillis(300), 2, Duration.ZERO));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aCallOverItsTimeLimitIsUnavailable() {
        assertThatThrownBy(() -> resilience.call(() -> {
            sleep(1_000);
            return "late";
        })).isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("no answer within 200 ms");
    }

    @Test
    void transientFailuresAreRetried() {
        String answer = resilience.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConnectorUnavailableException("demo", "down", null);
            }
            return "ok";
        });

        assertThat(answer).isEqualTo("ok");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void theWaitBetweenRetriesGrowsByTheMultiplierUpToItsCap() {
        ConnectorResilience backingOff = new ConnectorResilience("backoff", new ResilienceSettings(Duration.ofSeconds(2), 5,
                Duration.ofMillis(100), 50, 10, 10, Duration.ofSeconds(1), 2, Duration.ZERO, 3.0, Duration.ofMillis(300)));
        List<Long> attemptsAt = new ArrayList<>();

        assertThatThrownBy(() -> backingOff.call(() -> {
            attemptsAt.add(System.nanoTime());
            throw new ConnectorUnavailableException("backoff", "down", null);
        })).isInstanceOf(ConnectorUnavailableException.class);

        assertThat(attemptsAt).hasSize(5);
        long[] waits = new long[4];
        for (int i = 0; i < 4; i++) {
            waits[i] = (attemptsAt.get(i + 1) - attemptsAt.get(i)) / 1_000_000;
        }
        // 100, 300, then capped at 300 (uncapped: 900, 2700); a busy machine only ever adds to a wait
        assertThat(waits[0]).as("first wait").isGreaterThanOrEqualTo(100L).isLessThan(300L);
        assertThat(waits[1]).as("second wait, times 3").isGreaterThanOrEqualTo(300L);
        assertThat(waits[2]).as("third wait, capped").isGreaterThanOrEqualTo(300L).isLessThan(850L);
        assertThat(waits[3]).as("fourth wait, capped").isGreaterThanOrEqualTo(300L).isLessThan(850L);
    }

    @Test
    void aMultiplierBelowOneIsRefused() {
        assertThatThrownBy(() -> new ResilienceSettings(Duration.ofSeconds(1), 2, Duration.ofMillis(10), 50, 4, 4,
                Duration.ofSeconds(1), 2, Duration.ZERO, 0.5, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoffMultiplier");
    }

    @Test
    void aVendorRejectionIsNeitherRetriedNorCountedByTheBreaker() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> resilience.call(() -> {
                calls.incrementAndGet();
                throw new ConnectorRejectedException("demo", 200, "E1", "no");
            })).isInstanceOf(ConnectorRejectedException.class);
        }

        assertThat(calls.get()).isEqualTo(3);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theBreakerOpensOnFailuresAndClosesAgainWhenTheSystemRecovers() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> resilience.call(() -> {
                throw new ConnectorUnavailableException("demo", "down", null);
            })).isInstanceOf(ConnectorUnavailableException.class);
        }
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> resilience.call(() -> "not called"))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("circuit breaker demo is open");

        sleep(400);
        assertThat(resilience.call(() -> "back")).as("half-open lets one call through").isEqualTo("back");
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
