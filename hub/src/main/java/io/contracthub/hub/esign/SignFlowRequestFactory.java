package io.contracthub.hub.esign;

import io.contracthub.connectors.esign.SignFlowRequest;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.document.ContractDocumentTemplate;
import io.contracthub.model.ContractTerms;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Builds the sign flow for a contract on its own uploaded document: the customer signs, then the seller, each seal
 * where the company template put its field on the document's last page.
 */
@OnEsignEnabled
@Component
public class SignFlowRequestFactory {

    private final HubProperties.Esign esign;
    private final ContractDocumentTemplate template;

    public SignFlowRequestFactory(HubProperties properties, ContractDocumentTemplate template) {
        this.esign = properties.connectors().esign();
        this.template = template;
    }

    public SignFlowRequest create(String contractId, ContractTerms terms, UploadedDocument document) {
        return create(contractId, terms, document, terms.contractNumber() == null ? contractId : terms.contractNumber());
    }

    /** The supplementary agreement of an amendment: the same signers, titled by the contract number and the amendment. */
    public SignFlowRequest createSupplementary(String contractId, ContractTerms terms, UploadedDocument document,
                                               String amendmentId) {
        String number = terms.contractNumber() == null ? contractId : terms.contractNumber();
        return create(contractId, terms, document, number + "-" + amendmentId);
    }

    private SignFlowRequest create(String contractId, ContractTerms terms, UploadedDocument document, String title) {
        HubProperties.SignFlow config = esign.signFlow();
        return new SignFlowRequest(title, document.fileId(), document.fileName(), esign.notifyUrl(), config.autoFinish(),
                contractId,
                List.of(new SignFlowRequest.Signer(terms.customer().name(), blankAsAbsent(terms.customer().creditCode()),
                                null, document.lastPage(), template.customerSeal().x(), template.customerSeal().y()),
                        new SignFlowRequest.Signer(config.sellerOrgName(), blankAsAbsent(config.sellerCreditCode()),
                                config.sellerTransactorAccount(), document.lastPage(), template.sellerSeal().x(),
                                template.sellerSeal().y())));
    }

    /** The document esign took in: its fileId, its name and the page the seals go on. */
    public record UploadedDocument(String fileId, String fileName, int lastPage) {
    }

    // an unset variable arrives as "", and esign must get no orgInfo rather than an empty id number
    private static String blankAsAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
