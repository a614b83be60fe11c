package io.contracthub.model;

import java.util.Map;

/** How far the contract's state is backed by systems other than sales' own CRM. */
public final class ConfidenceDerivation {

    private ConfidenceDerivation() {
    }

    public static ConfidenceTier derive(Map<Facet, FacetState> facets) {
        if (LifecycleDerivation.isClosed(facets, Facet.SIGNATURE)
                && LifecycleDerivation.isClosed(facets, Facet.DOWN_PAYMENT)
                && LifecycleDerivation.isClosed(facets, Facet.TECHNICAL_AGREEMENT)) {
            return ConfidenceTier.GREEN;
        }
        boolean independentlyBacked = facets != null && facets.values().stream()
                .anyMatch(state -> state.isClosed() && state.closedByIndependentSource());
        return independentlyBacked ? ConfidenceTier.YELLOW : ConfidenceTier.RED;
    }
}
