package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ConnectorResilienceTest {

    private final ConnectorResilience resilience = new ConnectorResilience("demo", new ResilienceSettings(
            Duration.ofMillis(200), 50, 4, 4, Duration.ofMillis(300), 2, Duration.ZERO));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aCallOverItsTimeLimitIsUnavailable() {
        assertThatThrownBy(() -> resilience.call(() -> {
            sleep(1_000);
            return "late";
        })).isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("no answer within 200 ms");
    }

    @Test
    void aTransientFailureReachesTheCallerAfterOneCall() {
        assertThatThrownBy(() -> resilience.call(() -> {
            calls.incrementAndGet();
            throw new ConnectorUnavailableException("demo", "down", null);
        })).isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("down");

        assertThat(calls.get()).as("not retried in the call: the caller's work retries it").isEqualTo(1);
    }

    @Test
    void aPausingCallersOpenBreakerGoesHalfOpenByItselfWithoutACall() {
        ConnectorResilience paused = ConnectorResilience.pausing("paused", new ResilienceSettings(Duration.ofMillis(200), 50,
                4, 4, Duration.ofMillis(300), 2, Duration.ZERO), ResilienceRegistries.create());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> paused.call(() -> paused.requestGuard().around(() -> {
                throw new ConnectorUnavailableException("paused", "down", null);
            }))).isInstanceOf(ConnectorUnavailableException.class);
        }
        assertThat(paused.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // a caller that paused while the breaker was open learns from this transition that it may try again
        await().atMost(Duration.ofSeconds(30))
                .until(() -> paused.circuitBreaker().getState() == CircuitBreaker.State.HALF_OPEN);
    }

    @Test
    void aCallOverItsTimeLimitIsInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> resilience.call(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        })).isInstanceOf(ConnectorUnavailableException.class);

        assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the late call was interrupted").isTrue();
    }

    @Test
    void theBulkheadKeepsItsPermitUntilATimedOutCallHasReallyEnded() {
        ConnectorResilience single = new ConnectorResilience("single", new ResilienceSettings(Duration.ofMillis(100), 50,
                100, 100, Duration.ofSeconds(1), 1, Duration.ZERO));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        Supplier<String> deaf = () -> {
            running.incrementAndGet();
            awaitIgnoringInterrupts(release);
            running.decrementAndGet();
            return "late";
        };

        assertThatThrownBy(() -> single.call(deaf)).isInstanceOf(ConnectorUnavailableException.class)
                .hasMessageContaining("no answer within");
        assertThatThrownBy(() -> single.call(() -> "second")).isInstanceOf(ConnectorUnavailableException.class)
                .hasMessageContaining("too many concurrent calls");
        assertThat(running.get()).as("calls running at the slow system").isEqualTo(1);

        release.countDown();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(single.call(() -> "after")).isEqualTo("after"));
    }

    @Test
    void aFailureRateAboveAHundredPercentIsRefused() {
        assertThatThrownBy(() -> new ResilienceSettings(Duration.ofSeconds(1), 101, 4, 4, Duration.ofSeconds(1), 2,
                Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureRateThreshold");
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
        for (int i = 0; i < 4; i++) {
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

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // a call that does not answer to interruption: only its own end gives the permit back
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
