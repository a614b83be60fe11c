package io.contracthub.hub.contract360;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One source of the 360 behind its own time limit, circuit breaker and bulkhead (registered as
 * "contract360-&lt;source&gt;" in the application's resilience registries, so metrics and health show them) and its
 * own cache of good answers. Every outcome becomes a {@link SourceAnswer}; nothing is thrown.
 */
public final class GuardedSource {

    private static final Logger log = LoggerFactory.getLogger(GuardedSource.class);

    private final String source;
    private final Duration timeout;
    private final ConnectorResilience resilience;
    private final Cache<String, Object> cache;

    public GuardedSource(String source, Duration timeout, Duration cacheTtl, Contract360Properties.Breaker breaker,
                         ResilienceRegistries registries) {
        this.source = Objects.requireNonNull(source, "source");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // one attempt (ConnectorResilience never retries): a person waits for the 360, a source that fails is shown
        // as unavailable and asked again on the next request
        ResilienceSettings settings = new ResilienceSettings(timeout, breaker.failureRateThreshold(),
                breaker.slidingWindowSize(), breaker.minimumNumberOfCalls(), breaker.openStateWait(),
                breaker.maxConcurrentCalls(), Duration.ZERO);
        this.resilience = new ConnectorResilience(resilienceName(source), settings, registries);
        this.cache = cacheTtl.isZero() || cacheTtl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).build();
    }

    public static String resilienceName(String source) {
        return "contract360-" + source;
    }

    public String source() {
        return source;
    }

    public Duration timeout() {
        return timeout;
    }

    public CircuitBreaker circuitBreaker() {
        return resilience.circuitBreaker();
    }

    /** Answers the cached data for {@code key} if still fresh, else calls {@code read} under this source's resilience. */
    public SourceAnswer ask(String key, Supplier<Object> read) {
        Object cached = cache == null ? null : cache.getIfPresent(key);
        if (cached != null) {
            return SourceAnswer.ok(source, cached, true);
        }
        try {
            Object data = resilience.call(read);
            if (cache != null && data != null) {
                cache.put(key, data);
            }
            return SourceAnswer.ok(source, data, false);
        } catch (SourceNotConfiguredException e) {
            return SourceAnswer.of(source, SourceStatus.NOT_CONFIGURED, e.getMessage());
        } catch (ConnectorException e) {
            return failure(e);
        } catch (RuntimeException e) {
            log.warn("Contract 360: source {} failed unexpectedly", source, e);
            return SourceAnswer.of(source, SourceStatus.FAILED, "unexpected error in the hub (see its log)");
        }
    }

    private SourceAnswer failure(ConnectorException e) {
        if (e.getCause() instanceof CallNotPermittedException) {
            return SourceAnswer.of(source, SourceStatus.BREAKER_OPEN, "too many recent failures; not asked until "
                    + "the breaker lets a trial call through");
        }
        if (e.getCause() instanceof TimeoutException) {
            return SourceAnswer.of(source, SourceStatus.TIMED_OUT, "no answer within " + timeout.toMillis() + " ms");
        }
        return SourceAnswer.of(source, SourceStatus.FAILED, e.getMessage());
    }
}
