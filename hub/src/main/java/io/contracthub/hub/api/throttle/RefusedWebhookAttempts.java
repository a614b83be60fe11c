package io.contracthub.hub.api.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Refused webhook attempts per source address: each address has a resilience4j rate limiter whose permits are its
 * refusals, so an address that has used them all is throttled until the limiter's period ends.
 */
@Component
public class RefusedWebhookAttempts {

    private static final Logger log = LoggerFactory.getLogger(RefusedWebhookAttempts.class);

    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> limiters;

    public RefusedWebhookAttempts(RefusedWebhookLimit limit) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(limit.attempts())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build();
        // bounded, because an attacker varies addresses; an address unseen for a whole period has a fresh budget
        // anyway, so forgetting it then loses nothing
        this.limiters = Caffeine.newBuilder()
                .maximumSize(limit.maxAddresses())
                .expireAfterAccess(limit.period())
                .build();
    }

    /** How long requests from this address are refused; zero while it is within its budget. */
    public Duration throttledFor(String address) {
        AtomicRateLimiter limiter = limiters.getIfPresent(address);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(limiter.getDetailedMetrics().getNanosToWait());
    }

    /** Counts one refused attempt from this address. */
    public void refused(String address) {
        AtomicRateLimiter limiter = limiters.get(address, key -> new AtomicRateLimiter("refused-webhooks:" + key, config));
        if (limiter.acquirePermission() && limiter.getMetrics().getAvailablePermissions() <= 0) {
            log.warn("Webhook requests from {} are refused with 429 for {}: {} refused attempts", address,
                    throttledFor(address), config.getLimitForPeriod());
        }
    }
}
