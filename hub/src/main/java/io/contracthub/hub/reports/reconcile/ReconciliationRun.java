package io.contracthub.hub.reports.reconcile;

import java.time.Instant;
import java.util.Map;

/** What one reconciliation run did: contracts sampled, system checks made, mismatches opened and closed. */
public record ReconciliationRun(Instant ranAt, int contractsSampled, int checks, int inconsistent, int opened, int closed,
                               Map<String, Integer> requests) {
}
