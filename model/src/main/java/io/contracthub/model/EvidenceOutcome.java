package io.contracthub.model;

/** What a source system says about one facet. */
public enum EvidenceOutcome {
    PENDING(FacetStatus.PENDING),
    CONFIRMED(FacetStatus.CLOSED),
    WITHDRAWN(FacetStatus.OPEN),
    FAILED(FacetStatus.FAILED),
    // The facet itself goes back to OPEN; the voiding is read from lastOutcome by LifecycleDerivation.
    VOIDS_CONTRACT(FacetStatus.OPEN),
    REJECTS_CONTRACT(FacetStatus.FAILED);

    private final FacetStatus facetStatus;

    EvidenceOutcome(FacetStatus facetStatus) {
        this.facetStatus = facetStatus;
    }

    public FacetStatus facetStatus() {
        return facetStatus;
    }
}
