package io.contracthub.connectors.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * One external system's resilience: how long one call may take, when its circuit breaker opens and for how long, and
 * how many calls may run at once. There is no retry here: a failed call reaches its caller after one attempt, and the
 * caller's own layer retries (claimed work's backoff, the ERP delivery route, broker redelivery) or, when a person
 * is waiting, shows the system as unavailable.
 */
public record ResilienceSettings(Duration timeout, float failureRateThreshold, int slidingWindowSize,
                                 int minimumNumberOfCalls, Duration openStateWait, int maxConcurrentCalls,
                                 Duration maxWaitForPermit) {

    public ResilienceSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(openStateWait, "openStateWait");
        Objects.requireNonNull(maxWaitForPermit, "maxWaitForPermit");
        if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("window, minimum calls and concurrency must be at least 1");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]: " + failureRateThreshold);
        }
    }
}
