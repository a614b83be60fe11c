package io.contracthub.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The commercial content of a contract as agreed in the CRM. {@code technicalAgreementDue}: the day by which the
 * technical agreement must be signed, when sales agreed one (optional; the hub reminds the manager before it).
 * {@code quote}: the CRM quote the customer accepted, when the CRM sends one (docs/amendments.md).
 */
public record ContractTerms(String contractNumber, LocalDate contractDate, Customer customer, SalesRep salesRep,
                            String currency, List<ContractLine> lines, PaymentTerms paymentTerms,
                            InvoiceTitle invoice, BankAccount bankAccount, LocalDate technicalAgreementDue,
                            QuoteReference quote) {

    public ContractTerms {
        // Not List.copyOf: null lines must survive so validate() can report them.
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** Terms without a CRM quote reference. */
    public ContractTerms(String contractNumber, LocalDate contractDate, Customer customer, SalesRep salesRep,
                         String currency, List<ContractLine> lines, PaymentTerms paymentTerms, InvoiceTitle invoice,
                         BankAccount bankAccount, LocalDate technicalAgreementDue) {
        this(contractNumber, contractDate, customer, salesRep, currency, lines, paymentTerms, invoice, bankAccount,
                technicalAgreementDue, null);
    }

    public Totals totals() {
        return Totals.of(lines);
    }

    /** Empty when the terms are valid. */
    public List<Violation> validate() {
        return ContractTermsValidator.validate(this);
    }
}
