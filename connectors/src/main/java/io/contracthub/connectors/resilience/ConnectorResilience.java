package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.RequestGuard;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The resilience of one external system, named after it ("esign", ...): one circuit breaker around one bulkhead
 * around a time limit, and no retry: retry lives in one layer only, the caller's (claimed work's backoff, the ERP
 * delivery route, broker redelivery), and a caller a person waits for shows the system as unavailable. Only
 * transient failures ({@link ConnectorException#isTransient()}) and time-outs are counted by the breaker; a vendor's
 * "no" is not. An open breaker or a full bulkhead surfaces as {@link ConnectorUnavailableException}, so callers
 * handle one kind of "not now".
 * <p>
 * A caller that pauses while the breaker is open (ERP delivery: its Camel route policy) takes {@link #pausing}: the
 * open breaker moves to half-open by itself once its wait is over, so the paused caller learns when to try again
 * without having to make a call first. (Other breakers go half-open at the first call after the wait.) Its breaker
 * counts single requests, through {@link #requestGuard()} handed to the system's HTTP or SOAP client, not whole calls:
 * one ERP delivery is up to five requests, so 30 % of failing requests fail about three deliveries in four, and a
 * breaker counting deliveries would take a flaky ERP for a dead one and keep it paused.
 * <p>
 * The time limit really ends a call: it runs on a pool no larger than the bulkhead, and a call over its limit is
 * interrupted (the HTTP client's own timeouts are the hard limit for a call that ignores interruption). The bulkhead
 * keeps a call's permit until the call has really ended, so a slow system never receives more concurrent calls than
 * the bulkhead allows, however often its callers time out.
 */
public final class ConnectorResilience {

    private final String system;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor;
    /** The breaker guards each request ({@link #requestGuard()}), not the whole call. */
    private final boolean breakerPerRequest;

    /** With registries of its own: for a connector used on its own, outside the application's metrics and health. */
    public ConnectorResilience(String system, ResilienceSettings settings) {
        this(system, settings, ResilienceRegistries.create());
    }

    /** Registers its breaker, bulkhead and time limiter under {@code system} in the application's registries. */
    public ConnectorResilience(String system, ResilienceSettings settings, ResilienceRegistries registries) {
        this(system, settings, registries, false);
    }

    /** For a caller that pauses while the breaker is open: the breaker goes half-open by itself when its wait is over. */
    public static ConnectorResilience pausing(String system, ResilienceSettings settings, ResilienceRegistries registries) {
        return new ConnectorResilience(system, settings, registries, true);
    }

    private ConnectorResilience(String system, ResilienceSettings settings, ResilienceRegistries registries,
                                boolean halfOpenByItself) {
        this.system = Objects.requireNonNull(system, "system");
        this.breakerPerRequest = halfOpenByItself;
        Objects.requireNonNull(settings, "settings");
        this.circuitBreaker = registries.circuitBreakers().circuitBreaker(system, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(halfOpenByItself)
                .recordException(ConnectorResilience::isTransient)
                .build());
        this.bulkhead = registries.bulkheads().bulkhead(system, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWaitForPermit())
                .build());
        this.timeLimiter = registries.timeLimiters().timeLimiter(system, TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        // as many threads as the bulkhead has permits; the queue only bridges a permit given back by a thread
        // that has not yet returned to the pool
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.maxConcurrentCalls(), settings.maxConcurrentCalls(),
                60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, system + "-call");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /** Runs {@code call} under this system's resilience; failures arrive as {@link ConnectorException}s. */
    public <T> T call(Supplier<T> call) {
        Supplier<T> limited = () -> withinTimeLimit(call);
        Supplier<T> guarded = breakerPerRequest ? limited : CircuitBreaker.decorateSupplier(circuitBreaker, limited);
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new ConnectorUnavailableException(system, "circuit breaker " + system + " is open", e);
        } catch (BulkheadFullException e) {
            throw new ConnectorUnavailableException(system, "too many concurrent calls to " + system, e);
        }
    }

    /**
     * This system's breaker around each single request (with {@link #pausing}); an open breaker refuses the
     * request with {@link ConnectorUnavailableException}. Without it, requests are not guarded one by one: the breaker
     * guards {@link #call} as a whole.
     */
    public RequestGuard requestGuard() {
        if (!breakerPerRequest) {
            return RequestGuard.NONE;
        }
        return new RequestGuard() {
            @Override
            public <T> T around(Supplier<T> request) {
                try {
                    return circuitBreaker.executeSupplier(request);
                } catch (CallNotPermittedException e) {
                    throw new ConnectorUnavailableException(system, "circuit breaker " + system + " is open", e);
                }
            }
        };
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public String system() {
        return system;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    private <T> T withinTimeLimit(Supplier<T> call) {
        bulkhead.acquirePermission();
        Future<T> running;
        try {
            running = executor.submit(() -> {
                try {
                    return call.get();
                } finally {
                    bulkhead.onComplete();
                }
            });
        } catch (RejectedExecutionException e) {
            bulkhead.releasePermission();
            throw new ConnectorUnavailableException(system, "too many concurrent calls to " + system, e);
        }
        try {
            // a FutureTask: the time limiter's cancel(true) interrupts the call's thread
            return timeLimiter.executeFutureSupplier(() -> running);
        } catch (TimeoutException e) {
            throw new ConnectorUnavailableException(system, "no answer within " + timeLimiter.getTimeLimiterConfig()
                    .getTimeoutDuration().toMillis() + " ms", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ConnectorUnavailableException(system, "call failed: " + e, e);
        }
    }

    private static boolean isTransient(Throwable failure) {
        return failure instanceof ConnectorException connectorFailure && connectorFailure.isTransient();
    }
}
