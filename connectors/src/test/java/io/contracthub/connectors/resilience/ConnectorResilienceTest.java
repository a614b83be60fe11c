package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorResilienceTest {

    private final ConnectorResilience resilience = new ConnectorResilience("demo", new ResilienceSettings(
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
