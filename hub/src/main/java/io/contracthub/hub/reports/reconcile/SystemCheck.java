package io.contracthub.hub.reports.reconcile;

import java.util.Optional;

/** Compares the hub's view of a contract with one system's own. */
public interface SystemCheck {

    /**
     * Reads the system's state (spending requests from {@code budget}) and compares. Empty when the system has
     * nothing to say about this contract, is not configured, could not be read, or its budget is spent: such a
     * contract counts neither as consistent nor as inconsistent for the system.
     */
    Optional<CheckResult> check(SampledContract contract, RequestBudget budget);
}
