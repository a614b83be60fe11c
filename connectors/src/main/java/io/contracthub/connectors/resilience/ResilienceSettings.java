package io.contracthub.connectors.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * One external system's resilience: how long one call may take, how often a transient failure is retried,
 * when its circuit breaker opens and for how long, and how many calls may run at once.
 */
public record ResilienceSettings(Duration timeout, int maxAttempts, Duration retryWait, float failureRateThreshold,
                                 int slidingWindowSize, int minimumNumberOfCalls, Duration openStateWait,
                                 int maxConcurrentCalls, Duration maxWaitForPermit) {

    public ResilienceSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryWait, "retryWait");
        Objects.requireNonNull(openStateWait, "openStateWait");
        Objects.requireNonNull(maxWaitForPermit, "maxWaitForPermit");
        if (maxAttempts < 1 || slidingWindowSize < 1 || minimumNumberOfCalls < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("attempts, window, minimum calls and concurrency must be at least 1");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]: " + failureRateThreshold);
        }
    }
}
