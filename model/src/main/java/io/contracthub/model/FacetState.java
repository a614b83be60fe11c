package io.contracthub.model;

import java.time.Instant;

/**
 * What is currently known about one facet, and which evidence said so last. {@code verdictOccurredAt} is when the
 * latest evidence other than PENDING occurred: the same as {@code lastOccurredAt} unless a PENDING is shown, which
 * hides it. Which evidence a facet shows is in docs/canonical-contract.md ("Which evidence a facet shows").
 */
public record FacetState(Facet facet, FacetStatus status, boolean required, EvidenceOutcome lastOutcome,
                         String lastSourceSystem, String lastSourceEventId, Instant lastOccurredAt,
                         String lastReason, boolean closedByIndependentSource, Instant verdictOccurredAt) {

    public static FacetState open(Facet facet, boolean required) {
        return new FacetState(facet, FacetStatus.OPEN, required, null, null, null, null, null, false, null);
    }

    /** The facet as this one piece of evidence says it is. */
    public static FacetState from(Evidence evidence, boolean required) {
        return from(evidence, required, evidence.outcome().isPending() ? null : evidence.occurredAt());
    }

    private static FacetState from(Evidence evidence, boolean required, Instant verdictOccurredAt) {
        FacetStatus status = evidence.outcome().facetStatus();
        return new FacetState(evidence.facet(), status, required, evidence.outcome(), evidence.sourceSystem(),
                evidence.sourceEventId(), evidence.occurredAt(), evidence.reason(),
                status == FacetStatus.CLOSED && evidence.independent(), verdictOccurredAt);
    }

    public boolean isClosed() {
        return status == FacetStatus.CLOSED;
    }

    /**
     * The facet once {@code evidence} is known too: the latest verdict (evidence other than PENDING) by
     * {@code occurredAt}, unless a later PENDING stands on a verdict that is not settled. Ties go to the later arrival.
     */
    public FacetState after(Evidence evidence) {
        return evidence.outcome().isPending() ? afterPending(evidence) : afterVerdict(evidence);
    }

    private FacetState afterPending(Evidence pending) {
        // "waiting" says nothing new about a facet whose outcome is settled, however late it was stamped
        if (showsSettledOutcome() || isOlderThanShown(pending)) {
            return this;
        }
        return from(pending, required, verdictOccurredAt);
    }

    private FacetState afterVerdict(Evidence verdict) {
        if (verdictOccurredAt != null && verdict.occurredAt().isBefore(verdictOccurredAt)) {
            return this;
        }
        if (lastOutcome == EvidenceOutcome.PENDING && !verdict.outcome().isSettled() && isOlderThanShown(verdict)) {
            // e.g. the failure of an attempt older than the new attempt now pending: remembered, not shown
            return new FacetState(facet, status, required, lastOutcome, lastSourceSystem, lastSourceEventId,
                    lastOccurredAt, lastReason, closedByIndependentSource, verdict.occurredAt());
        }
        return from(verdict, required, verdict.occurredAt());
    }

    private boolean showsSettledOutcome() {
        return lastOutcome != null && lastOutcome.isSettled();
    }

    private boolean isOlderThanShown(Evidence evidence) {
        return lastOccurredAt != null && evidence.occurredAt().isBefore(lastOccurredAt);
    }

    public FacetState withRequired(boolean required) {
        return required == this.required ? this
                : new FacetState(facet, status, required, lastOutcome, lastSourceSystem, lastSourceEventId,
                        lastOccurredAt, lastReason, closedByIndependentSource, verdictOccurredAt);
    }
}
