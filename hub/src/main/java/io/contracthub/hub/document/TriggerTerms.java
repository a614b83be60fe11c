package io.contracthub.hub.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.ContractLine;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.PaymentTerms;

import java.nio.charset.StandardCharsets;

/** The canonical terms a trigger message carries ({@link ContractView.TermsView}), back as model terms. */
public final class TriggerTerms {

    private TriggerTerms() {
    }

    public static ContractTerms of(JsonNode contract, ObjectMapper objectMapper) {
        ContractView.TermsView view;
        try {
            view = objectMapper.treeToValue(contract, ContractView.TermsView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The trigger message carries no readable contract terms", e);
        }
        ContractView.PaymentTermsView payment = view.paymentTerms();
        return new ContractTerms(view.contractNumber(), view.contractDate(), view.customer(), view.salesRep(),
                view.currency(), view.lines().stream().map(line -> new ContractLine(line.productCode(), line.description(),
                line.quantity(), line.unitPriceExclTax(), line.taxRate())).toList(),
                payment == null ? null : new PaymentTerms(payment.downPaymentPercent(), payment.downPaymentAmount(),
                        payment.creditDays()),
                view.invoice(), view.bankAccount(), view.technicalAgreementDue());
    }

    /** What a document is bound to: the SHA-256 of the terms exactly as the trigger carried them. */
    public static String sha256(JsonNode contract) {
        return Sha256.hex(contract.toString().getBytes(StandardCharsets.UTF_8));
    }
}
