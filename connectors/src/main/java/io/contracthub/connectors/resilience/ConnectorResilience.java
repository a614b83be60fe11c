package io.contracthub.connectors.resilience;

import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The resilience of one external system, named after it ("esign", ...): retry (outermost) around one circuit
 * breaker around one bulkhead around a time limit. Only transient failures ({@link ConnectorException#isTransient()})
 * and time-outs are retried and counted by the breaker; a vendor's "no" is neither. An open breaker or a full
 * bulkhead surfaces as {@link ConnectorUnavailableException}, so callers handle one kind of "not now".
 */
public final class ConnectorResilience {

    private final String system;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor;

    /** With registries of its own: for a connector used on its own, outside the application's metrics and health. */
    public ConnectorResilience(String system, ResilienceSettings settings) {
        this(system, settings, ResilienceRegistries.create());
    }

    /** Registers its retry, breaker, bulkhead and time limiter under {@code system} in the application's registries. */
    public ConnectorResilience(String system, ResilienceSettings settings, ResilienceRegistries registries) {
        this.system = Objects.requireNonNull(system, "system");
        Objects.requireNonNull(settings, "settings");
        this.retry = registries.retries().retry(system, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(),
                        settings.retryBackoffMultiplier(), settings.maxRetryWait()))
                .retryOnException(ConnectorResilience::isTransient)
                .build());
        this.circuitBreaker = registries.circuitBreakers().circuitBreaker(system, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(1)
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
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, system + "-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code call} under this system's resilience; failures arrive as {@link ConnectorException}s. */
    public <T> T call(Supplier<T> call) {
        Supplier<T> limited = () -> withinTimeLimit(call);
        Supplier<T> decorated = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker, Bulkhead.decorateSupplier(bulkhead, limited)));
        try {
            return decorated.get();
        } catch (CallNotPermittedException e) {
            throw new ConnectorUnavailableException(system, "circuit breaker " + system + " is open", e);
        } catch (BulkheadFullException e) {
            throw new ConnectorUnavailableException(system, "too many concurrent calls to " + system, e);
        }
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public String system() {
        return system;
    }

    private <T> T withinTimeLimit(Supplier<T> call) {
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(call, executor));
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
