package io.contracthub.model;

import java.time.Instant;

/** What is currently known about one facet, and which evidence said so last. */
public record FacetState(Facet facet, FacetStatus status, boolean required, EvidenceOutcome lastOutcome,
                         String lastSourceSystem, String lastSourceEventId, Instant lastOccurredAt,
                         String lastReason, boolean closedByIndependentSource) {

    public static FacetState open(Facet facet, boolean required) {
        return new FacetState(facet, FacetStatus.OPEN, required, null, null, null, null, null, false);
    }

    public static FacetState from(Evidence evidence, boolean required) {
        FacetStatus status = evidence.outcome().facetStatus();
        return new FacetState(evidence.facet(), status, required, evidence.outcome(), evidence.sourceSystem(),
                evidence.sourceEventId(), evidence.occurredAt(), evidence.reason(),
                status == FacetStatus.CLOSED && evidence.independent());
    }

    public boolean isClosed() {
        return status == FacetStatus.CLOSED;
    }

    /** Evidence older than what this facet already holds must not override it; ties go to the later arrival. */
    public boolean isSupersededBy(Evidence evidence) {
        return lastOccurredAt == null || !evidence.occurredAt().isBefore(lastOccurredAt);
    }

    public FacetState withRequired(boolean required) {
        return required == this.required ? this
                : new FacetState(facet, status, required, lastOutcome, lastSourceSystem, lastSourceEventId,
                        lastOccurredAt, lastReason, closedByIndependentSource);
    }
}
