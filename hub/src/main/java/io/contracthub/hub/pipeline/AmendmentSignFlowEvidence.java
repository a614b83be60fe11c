package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.stereotype.Component;

/**
 * esign reports a supplementary agreement's sign flow like any flow (SIGNATURE evidence keyed by the flow id). Such
 * evidence decides the amendment, not the contract's signature: it is recorded on the AMENDMENT facet under
 * {@code <amendment id>:<esign event id>}, so a rejected supplementary agreement never reopens the signed contract.
 */
@Component
public class AmendmentSignFlowEvidence {

    static final String ESIGN = "esign";

    private final SignFlowRepository flows;

    public AmendmentSignFlowEvidence(SignFlowRepository flows) {
        this.flows = flows;
    }

    Evidence onContract(String contractId, Evidence evidence) {
        if (!ESIGN.equals(evidence.sourceSystem()) || evidence.facet() != Facet.SIGNATURE) {
            return evidence;
        }
        // SIGN_FLOW_CREATED:<flow>, SIGN_FLOW_COMPLETE:<flow>:<status>, SIGN_MISSON_COMPLETE:<flow>:...
        String[] parts = evidence.sourceEventId().split(":");
        if (parts.length < 2) {
            return evidence;
        }
        return flows.amendmentOf(contractId, parts[1])
                .map(amendmentId -> new Evidence(Facet.AMENDMENT, amendmentOutcome(evidence.outcome()), evidence.sourceSystem(),
                        amendmentId + ":" + evidence.sourceEventId(), evidence.occurredAt(), evidence.actor(),
                        "supplementary agreement " + amendmentId + ": " + evidence.reason(), null, null))
                .orElse(evidence);
    }

    /**
     * A supplementary agreement rejected, revoked or expired in esign rejects the amendment (FAILED), never the
     * contract: esign's REJECTS_CONTRACT for the contract's own flow would end the signed contract.
     */
    private static EvidenceOutcome amendmentOutcome(EvidenceOutcome flowOutcome) {
        return flowOutcome == EvidenceOutcome.CONFIRMED || flowOutcome == EvidenceOutcome.PENDING ? flowOutcome
                : EvidenceOutcome.FAILED;
    }
}
