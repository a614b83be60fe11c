package io.contracthub.hub.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The company's contract template ({@code hub.contract-document}): what a rendered contract says besides the terms
 * from the CRM, and where each party's seal goes. Seal positions are esign's: points from the bottom-left corner of
 * the last page, the centre of the seal.
 *
 * @param bankAccount the seller's account printed when the CRM's terms carry none
 * @param clauses     fixed clauses printed after the payment terms (may be empty)
 * @param crmDocumentsFrom the URL prefix of the CRM's contract files: a CRM event whose document URL starts with it is
 *                    signed on that file; blank: every contract is signed on its rendered PDF
 */
@Validated
@ConfigurationProperties("hub.contract-document")
public record ContractDocumentTemplate(
        @NotBlank String title,
        @Valid @NotNull Party seller,
        @Valid @NotNull Bank bankAccount,
        List<String> clauses,
        @Valid @NotNull Seal customerSeal,
        @Valid @NotNull Seal sellerSeal,
        String crmDocumentsFrom) {

    public ContractDocumentTemplate {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public record Party(String name, String address, String phone) {
    }

    public record Bank(String bankName, String accountName, String accountNumber) {
    }

    public record Seal(double x, double y) {
    }
}
