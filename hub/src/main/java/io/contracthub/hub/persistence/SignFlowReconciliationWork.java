package io.contracthub.hub.persistence;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Overdue sign flows (no final callback within overdue-after) as claimed work: every node reads the overdue ones and
 * claims each by its row ({@link WorkClaims#claimRow}), so two nodes never query one flow at once; a failed query waits
 * {@link RetryPolicy#delay}; the last one is a dead letter (origin SIGN_FLOW).
 */
public class SignFlowReconciliationWork {

    private final SignFlowRepository flows;
    private final WorkClaims claims;
    private final TransactionTemplate transaction;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Clock clock;

    public SignFlowReconciliationWork(SignFlowRepository flows, WorkClaims claims, TransactionTemplate transaction,
                                      RetryPolicy policy, Duration lease, Clock clock) {
        this.flows = flows;
        this.claims = claims;
        this.transaction = transaction;
        this.policy = policy;
        this.lease = lease;
        this.clock = clock;
    }

    /** Flows not looked at since {@code before} that this node now holds for {@code lease}. */
    public List<SignFlowRepository.Overdue> claimOverdue(Instant before, int max) {
        return flows.overdue(before, max).stream()
                .filter(due -> claims.claimRow(SignFlowRepository.TABLE, SignFlowRepository.AWAITING_RECONCILIATION,
                        due.flow().id(), due.nextAttemptAt(), lease))
                .toList();
    }

    /** esign answered: the flow's failed attempts start again from none. */
    public void succeeded(SignFlowRepository.Overdue due) {
        flows.reconciled(due.flow().id());
    }

    /** esign could not be asked now: tried again after the backoff, or given up after the last attempt. */
    public void failed(SignFlowRepository.Overdue due, String error) {
        int attempts = due.attempts() + 1;
        if (!policy.exhausted(attempts)) {
            flows.reconcileLater(due.flow().id(), clock.instant().plus(policy.delay(attempts)), error);
            return;
        }
        SignFlowRecord flow = due.flow();
        transaction.executeWithoutResult(status -> {
            if (flows.giveUpReconciling(flow.id(), error)) {
                claims.deadLetter(DeadLetter.Origin.SIGN_FLOW, "esign", String.valueOf(flow.id()), flow.contractId(),
                        "reconciliation gave up after " + attempts + " attempts: " + error,
                        "sign flow " + flow.signFlowId() + " (idempotency key " + flow.idempotencyKey() + ")");
            }
        });
    }
}
