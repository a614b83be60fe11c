package io.contracthub.connectors.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One app's access token, kept for its lifetime and fetched again {@code refreshMargin} before it expires, or at once
 * when the vendor says it is invalid ({@link #invalidate}). Vendors rate-limit their token endpoints and answer the
 * same token while it is valid, so one fetch at a time serves every caller.
 */
public final class AccessTokenCache {

    /** A token as the vendor issued it. */
    public record IssuedToken(String value, Duration lifetime) {
        public IssuedToken {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the vendor issued an empty access token");
            }
            Objects.requireNonNull(lifetime, "lifetime");
        }
    }

    private final Supplier<IssuedToken> fetcher;
    private final Duration refreshMargin;
    private final Clock clock;
    private String token;
    private Instant expiresAt;
    private Instant refreshAt = Instant.MIN;

    public AccessTokenCache(Supplier<IssuedToken> fetcher, Duration refreshMargin, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized String get() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(refreshAt)) {
            IssuedToken issued = fetcher.get();
            token = issued.value();
            expiresAt = now.plus(issued.lifetime());
            Duration early = issued.lifetime().compareTo(refreshMargin.multipliedBy(2)) > 0
                    ? refreshMargin : issued.lifetime().dividedBy(2);
            refreshAt = expiresAt.minus(early);
        }
        return token;
    }

    /** Forgets {@code rejected} (the vendor called it invalid or expired); a newer token already fetched is kept. */
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
            expiresAt = null;
        }
    }

    /** When the token held now ends by the lifetime the vendor announced; empty while none is held. */
    public synchronized Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
