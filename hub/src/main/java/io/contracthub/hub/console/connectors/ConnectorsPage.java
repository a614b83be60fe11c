package io.contracthub.hub.console.connectors;

import java.time.Instant;
import java.util.List;

/** The connectors page: one row per external system. */
public record ConnectorsPage(List<Row> rows, long recentMinutes) {

    /**
     * One system. {@code name} is the resilience name (the OCR provider's, "ocr-tencent"); breaker, recent, bulkhead
     * and activity are null for a system that is off or inbound only; credential is null for one that caches no token
     * or session.
     */
    public record Row(String key, String name, boolean enabled, boolean inbound, Breaker breaker, Recent recent,
                      Bulkhead bulkhead, Instant lastSuccess, Instant lastFailureAt, String lastFailureMessage,
                      Credential credential) {
    }

    /**
     * When the cached token expires ({@code expires}), or, for a session with no announced lifetime, when it was
     * obtained; {@code at} is null while none is held. Never the token itself.
     */
    public record Credential(boolean expires, Instant at) {
    }

    /** The breaker's state and its own sliding window: the last {@code windowSize} calls it recorded. */
    public record Breaker(String state, int windowSize, int bufferedCalls, int failedCalls, Float failureRate,
                          long notPermittedCalls) {
    }

    /** Counted by the console itself (since the hub started) over the last {@code recentMinutes}. */
    public record Recent(int calls, int failures, int refused) {
    }

    public record Bulkhead(int inUse, int maxConcurrentCalls) {
    }
}
