package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.routes.erp.ErpDeliveryRoutes;
import io.contracthub.routes.erp.ErpOutageRoutePolicy;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An ERP outage is waited out, not dead-lettered: Kingdee answers 503 to everything until its breaker has opened,
 * then recovers. While the breaker is open the delivery consumers pause; every trigger ends delivered exactly once.
 * Only a trigger still failing when its retry window (20 s in the tests) is over is dead-lettered, saying so.
 *
 * <p>A context of its own: Kingdee's breaker here opens after a few failed calls (the shared test context keeps it
 * closed through ErpChaosTest's faults); its own in-memory database and non-persistent broker, like SapSoapDeliveryTest.
 */
@TestPropertySource(properties = {
        "hub.erp.kingdee.resilience.failure-rate-threshold=50",
        "hub.erp.kingdee.resilience.sliding-window-size=4",
        "hub.erp.kingdee.resilience.minimum-number-of-calls=4",
        "hub.erp.kingdee.resilience.open-state-wait=1s",
        "spring.datasource.url=jdbc:h2:mem:erp-outage-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false"})
class ErpOutageTest extends ErpDeliveryTest {

    private static final List<String> CONSUMERS = ErpDeliveryRoutes.QUEUES.keySet().stream()
            .map(ErpDeliveryRoutes::consumerRouteId).toList();

    @Autowired
    ResilienceRegistries registries;
    @Autowired
    ErpOutageRoutePolicy outagePolicy;

    @AfterEach
    void closeTheBreaker() {
        kingdee.faults().clear();
        CircuitBreaker breaker = kingdeeBreaker();
        if (breaker.getState() != CircuitBreaker.State.CLOSED) {
            breaker.transitionToClosedState();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> CONSUMERS.stream().noneMatch(outagePolicy::isPaused));
    }

    @Test
    void anOutageIsWaitedOutAndEveryTriggerIsDeliveredExactlyOnceWithoutDeadLetters() {
        Set<CircuitBreaker.State> reached = ConcurrentHashMap.newKeySet();
        kingdeeBreaker().getEventPublisher().onStateTransition(event -> reached.add(event.getStateTransition().getToState()));
        kingdee.faults().failRandomly(1.0, 14, Fault.SERVER_ERROR);

        List<String> ids = List.of(effectiveContract(KINGDEE_REGION), effectiveContract(KINGDEE_REGION),
                effectiveContract(KINGDEE_REGION));
        await().atMost(Duration.ofSeconds(30)).until(() -> reached.contains(CircuitBreaker.State.OPEN));
        kingdee.faults().clear();

        for (String id : ids) {
            assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).as("ERP entries of " + id).hasSize(2);
        }
        for (String id : ids) {
            assertThat(documentsOf(id)).as("documents of " + id).extracting(CreatedDocument::type)
                    .containsExactlyInAnyOrder("SAL_SaleOrder", "IV_SALESIC");
            assertThat(erpEntries(id)).as("ERP entries of " + id).hasSize(2);
            assertThat(deadLettersOf(id)).as("dead letters of " + id).isEmpty();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> kingdeeBreaker().getState() == CircuitBreaker.State.CLOSED);
        assertThat(CONSUMERS).noneMatch(outagePolicy::isPaused);
    }

    @Test
    void theConsumersPauseWhileTheBreakerIsOpenAndResumeWhenItGoesHalfOpen() {
        kingdeeBreaker().transitionToForcedOpenState();

        await().atMost(Duration.ofSeconds(30)).until(() -> CONSUMERS.stream().allMatch(outagePolicy::isPaused));
        String id = effectiveContract(KINGDEE_REGION);
        kingdeeBreaker().transitionToHalfOpenState();

        await().atMost(Duration.ofSeconds(30)).until(() -> CONSUMERS.stream().noneMatch(outagePolicy::isPaused));
        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrder("SAL_SaleOrder", "IV_SALESIC");
        assertThat(deadLettersOf(id)).isEmpty();
    }

    @Test
    void aTriggerStillFailingWhenItsRetryWindowIsOverIsDeadLetteredSayingSo() {
        kingdee.faults().failRandomly(1.0, 15, Fault.SERVER_ERROR);

        String id = effectiveContract(KINGDEE_REGION);
        JsonNode deadLetter = awaitDeadLetter(idempotencyKey(id, STOCKING));

        assertThat(deadLetter.path("destination").asText()).isEqualTo("supplychain.stocking-instructions");
        assertThat(deadLetter.path("reason").asText()).startsWith("retry window of 20s exhausted after ")
                .contains("last failure: kingdee: ");
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).doesNotContain("SAL_SaleOrder");
    }

    private CircuitBreaker kingdeeBreaker() {
        return registries.circuitBreakers().find("kingdee").orElseThrow();
    }
}
