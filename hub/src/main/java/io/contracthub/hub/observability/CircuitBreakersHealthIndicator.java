package io.contracthub.hub.observability;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each connector's circuit breaker in {@code /actuator/health} as component {@code circuitBreakers}. An open breaker
 * makes the component CIRCUIT_OPEN, a status outside the health aggregation order, so the hub as a whole stays UP:
 * it is protecting itself from one vendor, and is not down.
 */
public class CircuitBreakersHealthIndicator implements HealthIndicator {

    static final Status CIRCUIT_OPEN = new Status("CIRCUIT_OPEN");
    private static final Set<CircuitBreaker.State> NOT_CALLING = EnumSet.of(CircuitBreaker.State.OPEN,
            CircuitBreaker.State.FORCED_OPEN);

    private final CircuitBreakerRegistry registry;

    public CircuitBreakersHealthIndicator(CircuitBreakerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        Map<String, Object> breakers = new LinkedHashMap<>();
        boolean anyOpen = false;
        for (CircuitBreaker breaker : registry.getAllCircuitBreakers().stream()
                .sorted(Comparator.comparing(CircuitBreaker::getName)).toList()) {
            CircuitBreaker.Metrics metrics = breaker.getMetrics();
            breakers.put(breaker.getName(), Map.of(
                    "state", breaker.getState().name(),
                    "failureRate", metrics.getFailureRate(),
                    "bufferedCalls", metrics.getNumberOfBufferedCalls(),
                    "failedCalls", metrics.getNumberOfFailedCalls(),
                    "notPermittedCalls", metrics.getNumberOfNotPermittedCalls()));
            anyOpen |= NOT_CALLING.contains(breaker.getState());
        }
        return Health.status(anyOpen ? CIRCUIT_OPEN : Status.UP).withDetails(breakers).build();
    }
}
