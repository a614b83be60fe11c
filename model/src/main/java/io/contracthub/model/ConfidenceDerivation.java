package io.contracthub.model;

import java.util.Map;

/** How far the contract's state is backed by systems other than sales' own CRM. */
public final class ConfidenceDerivation {

    private ConfidenceDerivation() {
    }

    public static ConfidenceTier derive(Map<Facet, FacetState> facets) {
        return derive(facets, false);
    }

    /**
     * A pending amendment caps the tier at YELLOW: the terms the hub holds are signed, but a source says they changed,
     * so they are not what every system agrees on until the amendment is signed or decided.
     */
    public static ConfidenceTier derive(Map<Facet, FacetState> facets, boolean amendmentPending) {
        if (LifecycleDerivation.isClosed(facets, Facet.SIGNATURE)
                && LifecycleDerivation.isClosed(facets, Facet.DOWN_PAYMENT)
                && LifecycleDerivation.isClosed(facets, Facet.TECHNICAL_AGREEMENT)) {
            return amendmentPending ? ConfidenceTier.YELLOW : ConfidenceTier.GREEN;
        }
        boolean independentlyBacked = facets != null && facets.values().stream()
                .anyMatch(state -> state.facet() != Facet.AMENDMENT && state.isClosed() && state.closedByIndependentSource());
        return independentlyBacked ? ConfidenceTier.YELLOW : ConfidenceTier.RED;
    }
}
