package io.contracthub.hub.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failed logins per console user; after maxFailures in a row the account waits out the lockout. */
public final class LoginAttempts {

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginAttempts(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.compute(username, (name, current) -> {
            Failures before = current == null || current.expired(now) ? Failures.NONE : current;
            int count = before.count() + 1;
            return count >= maxFailures ? new Failures(0, now.plus(lockout)) : new Failures(count, before.lockedUntil());
        });
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(username);
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    private record Failures(int count, Instant lockedUntil) {
        static final Failures NONE = new Failures(0, null);

        boolean expired(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedUntil);
        }
    }
}
