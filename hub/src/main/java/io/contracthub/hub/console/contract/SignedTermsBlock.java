package io.contracthub.hub.console.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.hub.pipeline.ContractView;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The contract page's block of signed terms (docs/amendments.md): the signed version, the amendment waiting for its
 * signature or a legal decision with its differences, and the amendments decided before.
 */
@Component
public class SignedTermsBlock {

    public record Block(String tierReason, ContractView.SignedVersionView signedVersion, ContractView.AmendmentView pending,
                        List<ContractView.AmendmentView> amendments) {

        public boolean isEmpty() {
            return signedVersion == null && amendments.isEmpty();
        }
    }

    private final ContractRepository contracts;
    private final ObjectMapper objectMapper;

    public SignedTermsBlock(ContractRepository contracts, ObjectMapper objectMapper) {
        this.contracts = contracts;
        this.objectMapper = objectMapper;
    }

    public Block of(String contractId) {
        ContractRecord record = contracts.find(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        try {
            ContractView view = objectMapper.readValue(record.viewJson(), ContractView.class);
            return new Block(view.tierReason(), view.signedVersion(), view.pendingAmendment(),
                    view.amendments() == null ? List.of() : view.amendments());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored projection of " + contractId + " is unreadable", e);
        }
    }
}
