package io.contracthub.hub.reports.reconcile;

import java.util.List;

/** What one system said about one contract: consistent when it found nothing to disagree on. */
public record CheckResult(String system, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean consistent() {
        return findings.isEmpty();
    }
}
