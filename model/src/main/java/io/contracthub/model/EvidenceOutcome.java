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

    public boolean isPending() {
        return this == PENDING;
    }

    /**
     * The outcomes the lifecycle derivation reads as a result: CONFIRMED closes the facet, VOIDS_CONTRACT and
     * REJECTS_CONTRACT end the contract. A PENDING never displaces them. WITHDRAWN and FAILED are not settled: they
     * leave the facet unclosed, as PENDING does, and end an attempt that may be made again (a resubmitted
     * qualification, a new sign flow), so a later PENDING shows that new attempt.
     */
    public boolean isSettled() {
        return this == CONFIRMED || this == VOIDS_CONTRACT || this == REJECTS_CONTRACT;
    }
}
