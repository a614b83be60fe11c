package io.contracthub.connectors.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * One external system's resilience: how long one call may take, how often a transient failure is retried and how the
 * wait between attempts grows (retryWait, times retryBackoffMultiplier after each attempt, at most maxRetryWait), when
 * its circuit breaker opens and for how long, and how many calls may run at once.
 * <p>
 * {@code maxAttempts} 1 means no retry in the call (the caller retries in a layer of its own); it is also what an
 * unset {@code maxAttempts} (0) and {@code retryWait} (null) mean, so a configuration without retry need not name them.
 */
public record ResilienceSettings(Duration timeout, int maxAttempts, Duration retryWait, float failureRateThreshold,
                                 int slidingWindowSize, int minimumNumberOfCalls, Duration openStateWait,
                                 int maxConcurrentCalls, Duration maxWaitForPermit, Double retryBackoffMultiplier,
                                 Duration maxRetryWait) {

    public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;
    public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(30);

    public ResilienceSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (maxAttempts == 0) {
            maxAttempts = 1;
        }
        if (retryWait == null) {
            if (maxAttempts > 1) {
                throw new IllegalArgumentException("retryWait is needed with maxAttempts " + maxAttempts);
            }
            retryWait = Duration.ZERO;
        }
        Objects.requireNonNull(openStateWait, "openStateWait");
        Objects.requireNonNull(maxWaitForPermit, "maxWaitForPermit");
        if (maxAttempts < 1 || slidingWindowSize < 1 || minimumNumberOfCalls < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("attempts, window, minimum calls and concurrency must be at least 1");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]: " + failureRateThreshold);
        }
        if (retryBackoffMultiplier == null) {
            retryBackoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;
        }
        if (retryBackoffMultiplier < 1.0) {
            throw new IllegalArgumentException("retryBackoffMultiplier must be at least 1 (1 = a fixed wait): " + retryBackoffMultiplier);
        }
        if (maxRetryWait == null) {
            maxRetryWait = DEFAULT_MAX_RETRY_WAIT;
        }
        if (maxRetryWait.compareTo(retryWait) < 0) {
            maxRetryWait = retryWait;
        }
    }

    /**
     * With the default backoff: the wait doubles after each attempt, up to 30 s. (A factory, not a second constructor:
     * configuration binding needs the record's one constructor.)
     */
    public static ResilienceSettings withDefaultBackoff(Duration timeout, int maxAttempts, Duration retryWait,
                                                        float failureRateThreshold, int slidingWindowSize,
                                                        int minimumNumberOfCalls, Duration openStateWait,
                                                        int maxConcurrentCalls, Duration maxWaitForPermit) {
        return new ResilienceSettings(timeout, maxAttempts, retryWait, failureRateThreshold, slidingWindowSize,
                minimumNumberOfCalls, openStateWait, maxConcurrentCalls, maxWaitForPermit, null, null);
    }

    /** The same breaker, bulkhead and time limit, without any retry in the call. */
    public ResilienceSettings withoutRetry() {
        return new ResilienceSettings(timeout, 1, Duration.ZERO, failureRateThreshold, slidingWindowSize,
                minimumNumberOfCalls, openStateWait, maxConcurrentCalls, maxWaitForPermit, retryBackoffMultiplier, null);
    }
}
