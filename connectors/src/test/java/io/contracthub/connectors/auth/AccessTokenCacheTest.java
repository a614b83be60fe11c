package io.contracthub.connectors.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenCacheTest {

    private final AtomicInteger fetches = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-26T00:00:00Z");
    private final Clock clock = new Clock() {
        public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };
    private final AccessTokenCache cache = new AccessTokenCache(
            () -> new AccessTokenCache.IssuedToken("token-" + fetches.incrementAndGet(), Duration.ofSeconds(7200)),
            Duration.ofMinutes(5), clock);

    @Test
    void keepsTheTokenForItsLifetimeLessTheMargin() {
        assertThat(cache.get()).isEqualTo("token-1");
        now = now.plusSeconds(7200 - 301);
        assertThat(cache.get()).isEqualTo("token-1");
        now = now.plusSeconds(2);
        assertThat(cache.get()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void fetchesAgainOnlyWhenTheRejectedTokenIsTheCurrentOne() {
        String first = cache.get();
        cache.invalidate(first);
        assertThat(cache.get()).isEqualTo("token-2");
        cache.invalidate(first);
        assertThat(cache.get()).isEqualTo("token-2");
    }

    @Test
    void expiresAtIsEmptyBeforeTheFirstFetchThenTheIssuedLifetimeThenEmptyAfterInvalidate() {
        assertThat(cache.expiresAt()).isEmpty();
        String token = cache.get();
        assertThat(cache.expiresAt()).contains(Instant.parse("2026-11-26T02:00:00Z"));
        cache.invalidate(token);
        assertThat(cache.expiresAt()).isEmpty();
    }

    @Test
    void expiresAtFollowsTheRefreshedToken() {
        cache.get();
        now = now.plusSeconds(7200 - 299);
        cache.get();
        assertThat(cache.expiresAt()).contains(now.plusSeconds(7200));
    }
}
