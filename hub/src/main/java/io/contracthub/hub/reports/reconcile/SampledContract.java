package io.contracthub.hub.reports.reconcile;

import io.contracthub.hub.pipeline.ContractView;

/** A contract reconciliation looks at: its row and the view the hub holds. */
public record SampledContract(String id, String contractNumber, String lifecycle, ContractView view) {

    /** The SIGNATURE, COMMERCIAL, ... facet as the hub holds it, or null when the contract has none. */
    public ContractView.FacetView facet(String name) {
        return view.facets() == null ? null
                : view.facets().stream().filter(facet -> name.equals(facet.facet())).findFirst().orElse(null);
    }
}
