package io.contracthub.routes.erp;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How long ERP delivery keeps trying a trigger that fails for a reason that may pass (time-out, 5xx, open breaker,
 * the order an invoice needs not there yet): {@code hub.erp.retry-window} (24 h by default: an ERP down for a backup or
 * an upgrade is waited out) from the trigger's first failure, with waits growing from {@code hub.erp.retry-first-delay}
 * by {@code hub.erp.retry-multiplier} up to {@code hub.erp.retry-max-delay}.
 * <p>
 * The window is counted on this node's monotonic clock from the first failure of this delivery: a trigger the broker
 * hands out again after a node died starts a new window, so a crash may lengthen a window but never cuts one short.
 * Each failed attempt logs one WARN line without stack trace.
 */
@Component
public class ErpRetryWindow implements Predicate {

    private static final Logger LOG = LoggerFactory.getLogger(ErpRetryWindow.class);
    private static final String FIRST_FAILURE = "erpFirstFailureNanos";
    private static final String ATTEMPTS = "erpFailedAttempts";

    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final double multiplier;

    public ErpRetryWindow(@Value("${hub.erp.retry-window:24h}") Duration window,
                          @Value("${hub.erp.retry-first-delay:1s}") Duration firstDelay,
                          @Value("${hub.erp.retry-max-delay:5m}") Duration maxDelay,
                          @Value("${hub.erp.retry-multiplier:2.0}") double multiplier) {
        if (window.isNegative() || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || multiplier < 1) {
            throw new IllegalArgumentException("hub.erp.retry-*: window and first delay must not be negative, the max delay "
                    + "not below the first delay, the multiplier at least 1");
        }
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.multiplier = multiplier;
    }

    /** Whether a trigger that has just failed may be tried again; counts and logs the failed attempt. */
    @Override
    public boolean matches(Exchange exchange) {
        long now = System.nanoTime();
        Long firstFailure = exchange.getProperty(FIRST_FAILURE, Long.class);
        if (firstFailure == null) {
            firstFailure = now;
            exchange.setProperty(FIRST_FAILURE, now);
        }
        int attempts = exchange.getProperty(ATTEMPTS, 0, Integer.class) + 1;
        exchange.setProperty(ATTEMPTS, attempts);
        boolean within = now - firstFailure < window.toNanos();
        if (within) {
            LOG.warn("{}: delivering {} from {} failed (attempt {}), trying again within the retry window of {}: {}",
                    exchange.getProperty(ErpDeliveryErrorHandling.SYSTEM_PROPERTY, "?", String.class),
                    exchange.getMessage().getHeader(ErpDeliveryErrorHandling.KEY_HEADER, "?", String.class),
                    exchange.getProperty(ErpDeliveryErrorHandling.QUEUE_PROPERTY, String.class), attempts, describe(window),
                    failureOf(exchange));
        }
        return within;
    }

    /** Whether the window of this trigger is really over (and not, say, its delivery cut off by a shutdown). */
    boolean isExhausted(Exchange exchange) {
        Long firstFailure = exchange.getProperty(FIRST_FAILURE, Long.class);
        return firstFailure != null && System.nanoTime() - firstFailure >= window.toNanos();
    }

    /** Why a trigger whose window is over goes to the dead letters. */
    String exhaustedReason(Exchange exchange, Throwable lastFailure) {
        return "retry window of " + describe(window) + " exhausted after " + exchange.getProperty(ATTEMPTS, 0, Integer.class)
                + " failed attempts; last failure: " + lastFailure.getMessage();
    }

    Duration window() {
        return window;
    }

    long firstDelayMillis() {
        return firstDelay.toMillis();
    }

    long maxDelayMillis() {
        return maxDelay.toMillis();
    }

    double multiplier() {
        return multiplier;
    }

    private static String failureOf(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return failure == null ? "unknown" : failure.getMessage();
    }

    static String describe(Duration duration) {
        if (duration.toMillis() % 3_600_000 == 0) {
            return duration.toHours() + "h";
        }
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + "m";
        }
        if (duration.toMillis() % 1_000 == 0) {
            return duration.toSeconds() + "s";
        }
        return duration.toMillis() + "ms";
    }
}
