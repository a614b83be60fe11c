package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.ContractListing;
import io.contracthub.model.Amendment;
import io.contracthub.model.AmendmentStatus;
import io.contracthub.model.BankAccount;
import io.contracthub.model.Contract;
import io.contracthub.model.ContractLine;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.Customer;
import io.contracthub.model.FacetState;
import io.contracthub.model.InvoiceTitle;
import io.contracthub.model.LineAmounts;
import io.contracthub.model.PaymentTerms;
import io.contracthub.model.QuoteReference;
import io.contracthub.model.SalesRep;
import io.contracthub.model.SignedVersion;
import io.contracthub.model.TermsDifference;
import io.contracthub.model.Totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The canonical contract as the API shows it, and as trigger messages carry it. */
public record ContractView(String id, String contractNumber, long version, String lifecycle, String tier, String milestone,
                           TermsView terms, List<FacetView> facets, String tierReason, SignedVersionView signedVersion,
                           List<AmendmentView> amendments) {

    public static ContractView of(Contract contract, String contractNumber) {
        return new ContractView(contract.id(), contractNumber, contract.version(), contract.lifecycle().name(),
                contract.tier().name(), contract.milestone() == null ? null : contract.milestone().name(),
                contract.terms() == null ? null : TermsView.of(contract.terms()),
                contract.facets().values().stream().map(FacetView::of).toList(), contract.tierReason(),
                contract.signedVersion() == null ? null : SignedVersionView.of(contract.signedVersion()),
                contract.amendments().stream().map(AmendmentView::of).toList());
    }

    /** The pending amendment, if any. */
    public AmendmentView pendingAmendment() {
        return amendments == null ? null : amendments.stream().filter(a -> AmendmentStatus.PENDING.name().equals(a.status()))
                .findFirst().orElse(null);
    }

    /**
     * The terms as signed (docs/amendments.md). {@code signFlowId} is the esign flow that signed them, when esign did;
     * {@code documentHash} the SHA-256 of the signed PDF once journalled.
     */
    public record SignedVersionView(int revision, String termsHash, String signedBy, String signFlowId, Instant signedAt,
                                    String documentHash, String amendmentId, TermsView terms) {

        static SignedVersionView of(SignedVersion signed) {
            return new SignedVersionView(signed.revision(), signed.termsHash(), signed.signedBy(),
                    signFlowOf(signed.signedBy()), signed.signedAt(), signed.documentHash(), signed.amendmentId(),
                    TermsView.of(signed.terms()));
        }

        // esign:SIGN_FLOW_COMPLETE:<flow>:<status>, esign:<amendment>:SIGN_FLOW_COMPLETE:<flow>:<status>
        private static String signFlowOf(String evidenceKey) {
            if (evidenceKey == null || !evidenceKey.startsWith("esign:")) {
                return null;
            }
            String[] parts = evidenceKey.split(":");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (parts[i].startsWith("SIGN_FLOW_")) {
                    return parts[i + 1];
                }
            }
            return null;
        }
    }

    public record AmendmentView(String id, String status, List<TermsDifference> differences, String proposedBy,
                                Instant proposedAt, String decidedBy, String decisionReason, Instant decidedAt,
                                Totals proposedTotals) {

        static AmendmentView of(Amendment amendment) {
            return new AmendmentView(amendment.id(), amendment.status().name(), amendment.differences(),
                    amendment.proposedBy(), amendment.proposedAt(), amendment.decidedBy(), amendment.decisionReason(),
                    amendment.decidedAt(), amendment.proposed().totals());
        }
    }

    /** What the contract list filters by. */
    public ContractListing listing() {
        if (terms == null) {
            return ContractListing.NONE;
        }
        return new ContractListing(terms.customer() == null ? null : terms.customer().name(),
                terms.customer() == null ? null : terms.customer().region(),
                terms.salesRep() == null ? null : terms.salesRep().name(),
                terms.totals() == null ? null : terms.totals().gross());
    }

    public record TermsView(String contractNumber, LocalDate contractDate, Customer customer, SalesRep salesRep,
                            String currency, List<LineView> lines, Totals totals, PaymentTermsView paymentTerms,
                            InvoiceTitle invoice, BankAccount bankAccount, LocalDate technicalAgreementDue,
                            QuoteView quote) {

        static TermsView of(ContractTerms terms) {
            Totals totals = terms.totals();
            return new TermsView(terms.contractNumber(), terms.contractDate(), terms.customer(), terms.salesRep(),
                    terms.currency(), terms.lines().stream().map(LineView::of).toList(), totals,
                    PaymentTermsView.of(terms.paymentTerms(), totals), terms.invoice(), terms.bankAccount(),
                    terms.technicalAgreementDue(), terms.quote() == null ? null
                            : new QuoteView(terms.quote().number(), terms.quote().version()));
        }
    }

    /** The CRM quote the customer accepted (its lines equal the contract's, checked at ingest). */
    public record QuoteView(String number, Integer version) {
    }

    public record LineView(String productCode, String description, BigDecimal quantity, BigDecimal unitPriceExclTax,
                           BigDecimal taxRate, BigDecimal net, BigDecimal tax, BigDecimal gross) {

        static LineView of(ContractLine line) {
            LineAmounts amounts = line.amounts();
            return new LineView(line.productCode(), line.description(), line.quantity(), line.unitPriceExclTax(),
                    line.taxRate(), amounts.net(), amounts.tax(), amounts.gross());
        }
    }

    public record PaymentTermsView(BigDecimal downPaymentPercent, BigDecimal downPaymentAmount,
                                   BigDecimal requiredDownPayment, Integer creditDays) {

        static PaymentTermsView of(PaymentTerms terms, Totals totals) {
            return new PaymentTermsView(terms.downPaymentPercent(), terms.downPaymentAmount(),
                    terms.requiredDownPayment(totals), terms.creditDays());
        }
    }

    public record FacetView(String facet, String status, boolean required, String lastOutcome, String lastSourceSystem,
                            String lastSourceEventId, Instant lastOccurredAt, String lastReason) {

        static FacetView of(FacetState state) {
            return new FacetView(state.facet().name(), state.status().name(), state.required(),
                    state.lastOutcome() == null ? null : state.lastOutcome().name(), state.lastSourceSystem(),
                    state.lastSourceEventId(), state.lastOccurredAt(), state.lastReason());
        }
    }
}
