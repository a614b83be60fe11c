package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.RequestGuard;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An ERP's breaker ({@link ConnectorResilience#pausing}) counts single requests, not whole calls: a delivery of
 * four requests of which one fails is a failed delivery, yet the ERP answered three requests in four and is up.
 */
class BreakerPerRequestTest {

    /** Opens at 50 % failing of the last 8 requests, at least 8 counted. */
    private final ConnectorResilience erp = ConnectorResilience.pausing("erp", new ResilienceSettings(
            Duration.ofSeconds(5), 50, 8, 8, Duration.ofMinutes(5), 2, Duration.ZERO),
            ResilienceRegistries.create());
    private final RequestGuard requests = erp.requestGuard();

    @Test
    void deliveriesThatFailOnOneRequestInFourLeaveTheBreakerClosed() {
        for (int delivery = 0; delivery < 6; delivery++) {
            assertThatThrownBy(() -> erp.call(() -> {
                requests.around(() -> "login");
                requests.around(() -> "query");
                requests.around(() -> "save");
                return requests.around(() -> {
                    throw new ConnectorUnavailableException("erp", "503 on audit", null);
                });
            })).isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("503 on audit");
        }

        assertThat(erp.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(erp.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
        assertThat(erp.circuitBreaker().getMetrics().getFailureRate()).isEqualTo(25f);
    }

    @Test
    void anErpThatAnswersNoRequestOpensTheBreakerAndFurtherRequestsAreRefusedUnsent() {
        for (int request = 0; request < 8; request++) {
            assertThatThrownBy(() -> erp.call(() -> requests.around(() -> {
                throw new ConnectorUnavailableException("erp", "connection refused", null);
            }))).isInstanceOf(ConnectorUnavailableException.class);
        }
        AtomicInteger sent = new AtomicInteger();

        assertThatThrownBy(() -> erp.call(() -> requests.around(sent::incrementAndGet)))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("circuit breaker erp is open");
        assertThat(erp.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(sent).hasValue(0);
    }

    @Test
    void aFailedCallWhoseRequestsAllSucceededIsNotCountedByTheBreaker() {
        for (int call = 0; call < 10; call++) {
            assertThatThrownBy(() -> erp.call(() -> {
                requests.around(() -> "answered");
                throw new ConnectorUnavailableException("erp", "the order is not billed yet", null);
            })).isInstanceOf(ConnectorUnavailableException.class);
        }

        assertThat(erp.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(erp.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aSystemWhoseBreakerGuardsWholeCallsHandsOutNoRequestGuard() {
        ConnectorResilience esign = new ConnectorResilience("esign", new ResilienceSettings(
                Duration.ofSeconds(5), 50, 8, 8, Duration.ofMinutes(5), 2, Duration.ZERO));

        assertThat(esign.requestGuard()).isSameAs(RequestGuard.NONE);
    }
}
