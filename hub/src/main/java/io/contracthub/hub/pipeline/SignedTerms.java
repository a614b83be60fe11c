package io.contracthub.hub.pipeline;

import java.util.Optional;

/**
 * "What did the customer sign on contract X?" for the other parts of the hub (the health report compares an ERP
 * invoice with it): the signed version as the contract's journal says it is now.
 */
@org.springframework.stereotype.Component
public class SignedTerms {

    private final ContractEvidenceService evidence;

    public SignedTerms(ContractEvidenceService evidence) {
        this.evidence = evidence;
    }

    /** Empty before signature (or after a withdrawn one); throws {@link ContractNotFoundException} for no contract. */
    public Optional<ContractView.SignedVersionView> of(String contractId) {
        return Optional.ofNullable(evidence.rebuild(contractId).signedVersion());
    }
}
