package io.contracthub.hub.console.connectors;

import java.time.Instant;

/** What one connector's breaker saw lately: its last success, its last failure with the message, its recent counts. */
final class ConnectorActivity {

    record Failure(Instant at, String message) {
    }

    private final RecentCalls recent = new RecentCalls();
    private volatile Instant lastSuccess;
    private volatile Failure lastFailure;

    void succeeded(Instant at) {
        recent.succeeded(at);
        lastSuccess = at;
    }

    void failed(Instant at, Throwable failure) {
        recent.failed(at);
        lastFailure = new Failure(at, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    void refused(Instant at) {
        recent.refused(at);
    }

    Instant lastSuccess() {
        return lastSuccess;
    }

    Failure lastFailure() {
        return lastFailure;
    }

    RecentCalls.Counts recent(Instant now) {
        return recent.since(now);
    }
}
