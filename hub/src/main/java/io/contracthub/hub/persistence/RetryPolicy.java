package io.contracthub.hub.persistence;

import java.time.Duration;

/**
 * How one kind of claimed work is retried: {@link WorkClaims#backoff} from {@code initialBackoff} up to
 * {@code maxBackoff}, never sooner than {@code earliest} (a provider's own "try again after"), and given up (dead
 * letter) once {@code maxAttempts} attempts have failed.
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration earliest) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** How long to wait after {@code attempts} failed attempts. */
    public Duration delay(int attempts) {
        Duration backoff = WorkClaims.backoff(attempts, initialBackoff, maxBackoff);
        return earliest != null && earliest.compareTo(backoff) > 0 ? earliest : backoff;
    }

    /** Whether {@code attempts} failed attempts use up the work's attempts. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
