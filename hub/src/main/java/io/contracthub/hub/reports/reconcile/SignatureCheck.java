package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.SignFlowStatus;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.api.ManualEvidenceController;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.pipeline.ContractView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The SIGNATURE facet against the status of the contract's latest esign sign flow, through the table both sides
 * share (SignFlowStatus: completed closes the facet, signing keeps it pending, revoked or expired opens it again,
 * rejected fails it). A facet last set by hand is a deliberate override (legal withdrew a signature, for instance)
 * and not compared; contracts without a created sign flow are not esign's to judge.
 */
public final class SignatureCheck implements SystemCheck {

    private static final Logger log = LoggerFactory.getLogger(SignatureCheck.class);

    private final SignFlowRepository signFlows;
    private final SignFlowReader esign;

    public SignatureCheck(SignFlowRepository signFlows, SignFlowReader esign) {
        this.signFlows = signFlows;
        this.esign = esign;
    }

    @Override
    public Optional<CheckResult> check(SampledContract contract, RequestBudget budget) {
        ContractView.FacetView signature = contract.facet("SIGNATURE");
        if (signature == null || ManualEvidenceController.SOURCE_SYSTEM.equals(signature.lastSourceSystem())) {
            return Optional.empty();
        }
        Optional<SignFlowRecord> flow = signFlows.latestCreatedFor(contract.id());
        if (flow.isEmpty() || !budget.take(EsignClient.SYSTEM, 1)) {
            return Optional.empty();
        }
        SignFlowStatus status;
        try {
            status = esign.status(flow.get().signFlowId());
        } catch (ConnectorException | IllegalArgumentException e) {
            log.warn("Reconciliation: esign could not be read for flow {}: {}", flow.get().signFlowId(), e.getMessage());
            return Optional.empty();
        }
        String expected = status.outcome().facetStatus().name();
        return Optional.of(new CheckResult(EsignClient.SYSTEM, expected.equals(signature.status()) ? List.of()
                : List.of(new Finding("signature", "SIGNATURE " + signature.status(),
                "sign flow " + flow.get().signFlowId() + " " + status.description()))));
    }
}
