package io.contracthub.hub.reports.reconcile;

import java.time.Instant;

/** A stored mismatch: open while later samples still see it, closed by the first one that agrees. */
public record Inconsistency(long id, String contractId, String contractNumber, String system, String aspect,
                            String hubValue, String systemValue, Instant firstSeenAt, Instant lastSeenAt,
                            Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
