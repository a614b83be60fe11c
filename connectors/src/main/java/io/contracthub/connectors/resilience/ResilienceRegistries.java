package io.contracthub.connectors.resilience;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/**
 * Where every connector's retry, circuit breaker, bulkhead and time limiter are kept, so that metrics and health can
 * find them all: one set per application.
 */
public record ResilienceRegistries(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
                                   BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters) {

    public static ResilienceRegistries create() {
        return new ResilienceRegistries(RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(),
                BulkheadRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
    }
}
