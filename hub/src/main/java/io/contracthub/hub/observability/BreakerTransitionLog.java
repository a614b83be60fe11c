package io.contracthub.hub.observability;

import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One log line per state change of any connector's circuit breaker, those registered already and those added later:
 * an outage shows as "OPEN" once and "CLOSED" once, not as a stack trace per refused call. WARN when a system stops
 * being called, INFO when it is tried or called again.
 */
@Component
public class BreakerTransitionLog {

    private static final Logger LOG = LoggerFactory.getLogger(BreakerTransitionLog.class);

    private final Set<CircuitBreaker> watched = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public BreakerTransitionLog(ResilienceRegistries registries) {
        registries.circuitBreakers().getEventPublisher()
                .onEntryAdded(added -> watch(added.getAddedEntry()))
                .onEntryReplaced(replaced -> watch(replaced.getNewEntry()));
        registries.circuitBreakers().getAllCircuitBreakers().forEach(this::watch);
    }

    private void watch(CircuitBreaker breaker) {
        if (watched.add(breaker)) {
            breaker.getEventPublisher().onStateTransition(event -> log(breaker, event));
        }
    }

    private static void log(CircuitBreaker breaker, CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.State to = event.getStateTransition().getToState();
        String line = "circuit breaker {}: {} -> {} ({})";
        Object[] values = {breaker.getName(), event.getStateTransition().getFromState(), to, meaning(breaker, to)};
        if (to == CircuitBreaker.State.OPEN || to == CircuitBreaker.State.FORCED_OPEN) {
            LOG.warn(line, values);
        } else {
            LOG.info(line, values);
        }
    }

    private static String meaning(CircuitBreaker breaker, CircuitBreaker.State to) {
        return switch (to) {
            case OPEN -> "failure rate " + breaker.getMetrics().getFailureRate() + " %; calls refused for "
                    + breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) + " ms";
            case HALF_OPEN -> "trying " + breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState()
                    + " call(s)";
            case CLOSED -> "calls flow again";
            default -> "set by hand";
        };
    }
}
