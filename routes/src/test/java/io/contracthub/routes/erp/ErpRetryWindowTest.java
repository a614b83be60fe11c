package io.contracthub.routes.erp;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErpRetryWindowTest {

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    @Test
    void aFailureWithinTheWindowIsTriedAgainAndTheWindowIsNotYetExhausted() {
        ErpRetryWindow window = new ErpRetryWindow(Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofMinutes(5), 2.0);
        exchange.setException(new IllegalStateException("kingdee: 503"));

        assertThat(window.matches(exchange)).isTrue();
        assertThat(window.matches(exchange)).isTrue();
        assertThat(window.isExhausted(exchange)).isFalse();
    }

    @Test
    void aFailureAfterTheWindowIsNotTriedAgainAndTheReasonSaysHowOftenItFailed() {
        ErpRetryWindow window = new ErpRetryWindow(Duration.ZERO, Duration.ZERO, Duration.ZERO, 1.0);
        IllegalStateException failure = new IllegalStateException("kingdee: circuit breaker kingdee is open");
        exchange.setException(failure);

        assertThat(window.matches(exchange)).isFalse();
        assertThat(window.isExhausted(exchange)).isTrue();
        assertThat(window.exhaustedReason(exchange, failure))
                .isEqualTo("retry window of 0s exhausted after 1 failed attempts; last failure: kingdee: circuit breaker kingdee is open");
    }

    @Test
    void aTriggerThatNeverFailedHasNoExhaustedWindow() {
        ErpRetryWindow window = new ErpRetryWindow(Duration.ZERO, Duration.ZERO, Duration.ZERO, 1.0);

        assertThat(window.isExhausted(exchange)).as("e.g. a delivery cut off by a shutdown").isFalse();
    }

    @Test
    void windowsAreShownInTheUnitTheyWereGivenIn() {
        assertThat(ErpRetryWindow.describe(Duration.ofHours(24))).isEqualTo("24h");
        assertThat(ErpRetryWindow.describe(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(ErpRetryWindow.describe(Duration.ofSeconds(20))).isEqualTo("20s");
        assertThat(ErpRetryWindow.describe(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }

    @Test
    void aMaxDelayBelowTheFirstDelayIsRefused() {
        assertThatThrownBy(() -> new ErpRetryWindow(Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(1), 2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub.erp.retry-");
    }
}
