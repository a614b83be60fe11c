package io.contracthub.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The lifecycle state is never stored as truth; it is always read off the facets and the milestone. */
public final class LifecycleDerivation {

    private LifecycleDerivation() {
    }

    public static LifecycleState derive(Map<Facet, FacetState> facets, Milestone milestone) {
        Collection<FacetState> states = facets == null ? List.of() : facets.values();
        if (anyLastOutcome(states, EvidenceOutcome.VOIDS_CONTRACT)) {
            return LifecycleState.VOIDED;
        }
        if (anyLastOutcome(states, EvidenceOutcome.REJECTS_CONTRACT)) {
            return LifecycleState.REJECTED;
        }
        if (allRequiredClosed(states)) {
            return closedWhenDelivered(raisedBy(milestone), isClosed(facets, Facet.DELIVERY));
        }
        if (isClosed(facets, Facet.SIGNATURE)) {
            return LifecycleState.SIGNED;
        }
        if (isClosed(facets, Facet.COMMERCIAL)) {
            return LifecycleState.CLAIMED_BY_SALES;
        }
        return LifecycleState.DRAFT;
    }

    private static boolean anyLastOutcome(Collection<FacetState> states, EvidenceOutcome outcome) {
        return states.stream().anyMatch(state -> state.lastOutcome() == outcome);
    }

    private static boolean allRequiredClosed(Collection<FacetState> states) {
        // A contract with no required facet at all has proven nothing, so it must not count as effective.
        return states.stream().anyMatch(FacetState::required)
                && states.stream().filter(FacetState::required).allMatch(FacetState::isClosed);
    }

    /** CLOSED means paid and delivered: a paid contract closes once the DELIVERY facet is closed. */
    private static LifecycleState closedWhenDelivered(LifecycleState raised, boolean delivered) {
        return raised == LifecycleState.PAID && delivered ? LifecycleState.CLOSED : raised;
    }

    private static LifecycleState raisedBy(Milestone milestone) {
        if (milestone == null) {
            return LifecycleState.EFFECTIVE;
        }
        return switch (milestone) {
            case ORDER_CREATED -> LifecycleState.FULFILLING;
            case INVOICE_CREATED -> LifecycleState.INVOICED;
            case PAYMENT_COMPLETED -> LifecycleState.PAID;
            case CONTRACT_CLOSED -> LifecycleState.CLOSED;
        };
    }

    static boolean isClosed(Map<Facet, FacetState> facets, Facet facet) {
        FacetState state = facets == null ? null : facets.get(facet);
        return state != null && state.isClosed();
    }
}
