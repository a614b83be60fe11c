package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.crm.CrmContractClient;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.api.ManualEvidenceController;
import io.contracthub.hub.pipeline.ContractView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CRM's sales stage against the hub's lifecycle. A stage says where sales is; the lifecycles that agree with it
 * follow the CRM mapping (mappings/crm/contract.jslt): an open deal (draft, quoted, negotiating, reopened) means the
 * contract is not claimed yet, a won or signed deal that sales has claimed it (any later state agrees too), a lost
 * or cancelled deal that it is voided. A COMMERCIAL facet last set by hand is a deliberate override and not compared.
 */
public final class CrmStageCheck implements SystemCheck {

    private static final Logger log = LoggerFactory.getLogger(CrmStageCheck.class);
    private static final Set<String> OPEN_DEAL = Set.of("DRAFT");
    private static final Set<String> CLAIMED = Set.of("CLAIMED_BY_SALES", "SIGNED", "EFFECTIVE", "FULFILLING", "INVOICED",
            "PAID", "CLOSED");
    private static final Set<String> ENDED = Set.of("VOIDED");
    private static final Map<String, Set<String>> AGREEING_LIFECYCLES = Map.of(
            "DRAFT", OPEN_DEAL, "QUOTED", OPEN_DEAL, "NEGOTIATING", OPEN_DEAL, "REOPENED", OPEN_DEAL,
            "WON", CLAIMED, "SIGNED", CLAIMED,
            "LOST", ENDED, "CANCELLED", ENDED);

    private final CrmStageReader crm;

    public CrmStageCheck(CrmStageReader crm) {
        this.crm = crm;
    }

    @Override
    public Optional<CheckResult> check(SampledContract contract, RequestBudget budget) {
        ContractView.FacetView commercial = contract.facet("COMMERCIAL");
        if (commercial != null && ManualEvidenceController.SOURCE_SYSTEM.equals(commercial.lastSourceSystem())) {
            return Optional.empty();
        }
        if (!budget.take(CrmContractClient.SYSTEM, 1)) {
            return Optional.empty();
        }
        Optional<String> stage;
        try {
            stage = crm.salesStage(contract.contractNumber());
        } catch (ConnectorException e) {
            log.warn("Reconciliation: the CRM could not be read for {}: {}", contract.contractNumber(), e.getMessage());
            return Optional.empty();
        }
        String hub = "lifecycle " + contract.lifecycle();
        if (stage.isEmpty()) {
            return Optional.of(new CheckResult(CrmContractClient.SYSTEM,
                    List.of(new Finding("crm-stage", hub, "no such contract in the CRM"))));
        }
        Set<String> agreeing = AGREEING_LIFECYCLES.getOrDefault(stage.get(), Set.of());
        return Optional.of(new CheckResult(CrmContractClient.SYSTEM, agreeing.contains(contract.lifecycle()) ? List.of()
                : List.of(new Finding("crm-stage", hub, "sales stage " + stage.get()))));
    }
}
