package io.contracthub.connectors.esign;

import java.util.List;
import java.util.Objects;

/**
 * What the hub asks esign to sign: one contract document, its signers (organisations), and where esign reports.
 *
 * @param notifyUrl  the hub's callback URL; null or blank leaves it to the console's push configuration
 * @param autoFinish whether esign completes the flow by itself once every signer signed (see the connector README)
 */
public record SignFlowRequest(String title, String fileId, String fileName, String notifyUrl, boolean autoFinish,
                              String customBizNum, List<Signer> signers) {

    public SignFlowRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(fileName, "fileName");
        signers = List.copyOf(signers);
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("A sign flow needs at least one signer");
        }
    }

    /**
     * One signing organisation and the person who signs for it.
     *
     * @param orgCreditCode the unified social credit code (CRED_ORG_USCC)
     * @param transactorAccount the mobile number or e-mail of the person signing for the organisation; may be null
     */
    public record Signer(String orgName, String orgCreditCode, String transactorAccount, int positionPage,
                         double positionX, double positionY) {

        public Signer {
            Objects.requireNonNull(orgName, "orgName");
        }
    }
}
