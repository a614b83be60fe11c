package io.contracthub.hub.esign;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.esign.SignFlowRequest;
import io.contracthub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.util.List;

/** Builds the sign flow for a contract from the terms a trigger message carries: the customer signs, then the seller. */
@OnEsignEnabled
@Component
public class SignFlowRequestFactory {

    private final HubProperties.Esign esign;

    public SignFlowRequestFactory(HubProperties properties) {
        this.esign = properties.connectors().esign();
    }

    public SignFlowRequest create(String contractId, JsonNode terms) {
        return create(contractId, terms, terms.path("contractNumber").asText(contractId));
    }

    /** The supplementary agreement of an amendment: the same signers, titled by the contract number and the amendment. */
    public SignFlowRequest createSupplementary(String contractId, JsonNode terms, String amendmentId) {
        return create(contractId, terms, terms.path("contractNumber").asText(contractId) + "-" + amendmentId);
    }

    private SignFlowRequest create(String contractId, JsonNode terms, String number) {
        HubProperties.SignFlow config = esign.signFlow();
        JsonNode customer = terms.path("customer");
        return new SignFlowRequest(number, config.fileId(), number + ".pdf", esign.notifyUrl(), config.autoFinish(), contractId,
                List.of(new SignFlowRequest.Signer(customer.path("name").asText(), customer.path("creditCode").asText(null),
                                null, 1, 150, 650),
                        new SignFlowRequest.Signer(config.sellerOrgName(), blankAsAbsent(config.sellerCreditCode()),
                                config.sellerTransactorAccount(), 1, 400, 650)));
    }

    // an unset variable arrives as "", and esign must get no orgInfo rather than an empty id number
    private static String blankAsAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
