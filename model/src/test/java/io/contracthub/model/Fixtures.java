package io.contracthub.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Valid sample data that each test bends in exactly the way it needs. */
final class Fixtures {

    static final String CREDIT_CODE = "91310000MA1FL8XQ37";
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private Fixtures() {
    }

    static Instant minute(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static ContractLine line(String quantity, String unitPrice, String taxRate) {
        return new ContractLine("MRI-3T", "3T MRI scanner", dec(quantity), dec(unitPrice), dec(taxRate));
    }

    static ContractTerms validTerms() {
        return terms().build();
    }

    static ContractTerms medicalTerms() {
        return terms().segment("MEDICAL").build();
    }

    static TermsBuilder terms() {
        return new TermsBuilder();
    }

    static EvidenceBuilder evidence(Facet facet, EvidenceOutcome outcome) {
        return new EvidenceBuilder(facet, outcome);
    }

    static final class TermsBuilder {
        private String contractNumber = "HT-2026-0001";
        private Customer customer = new Customer("华东医疗器械有限公司", CREDIT_CODE, "Shanghai", "INDUSTRIAL");
        private String currency = "CNY";
        private List<ContractLine> lines = new ArrayList<>(List.of(line("1", "2400000.00", "0.13")));
        private PaymentTerms paymentTerms = new PaymentTerms(dec("30"), null, 60);
        private InvoiceTitle invoice = new InvoiceTitle("华东医疗器械有限公司", CREDIT_CODE);

        TermsBuilder contractNumber(String value) {
            contractNumber = value;
            return this;
        }

        TermsBuilder customer(Customer value) {
            customer = value;
            return this;
        }

        TermsBuilder segment(String segment) {
            customer = new Customer(customer.name(), customer.creditCode(), customer.region(), segment);
            return this;
        }

        TermsBuilder currency(String value) {
            currency = value;
            return this;
        }

        TermsBuilder lines(List<ContractLine> value) {
            lines = value;
            return this;
        }

        TermsBuilder lines(ContractLine... value) {
            lines = new ArrayList<>(java.util.Arrays.asList(value));
            return this;
        }

        TermsBuilder paymentTerms(PaymentTerms value) {
            paymentTerms = value;
            return this;
        }

        TermsBuilder invoice(InvoiceTitle value) {
            invoice = value;
            return this;
        }

        ContractTerms build() {
            return new ContractTerms(contractNumber, LocalDate.of(2026, 11, 20), customer,
                    new SalesRep("u1001", "Li Lei"), currency, lines, paymentTerms, invoice,
                    new BankAccount("ICBC Shanghai", "Contract Hub Demo Seller", "6222020200112233445"), null);
        }
    }

    static final class EvidenceBuilder {
        private final Facet facet;
        private final EvidenceOutcome outcome;
        private String sourceSystem = "crm";
        private String sourceEventId = "evt-1";
        private Instant occurredAt = T0;
        private Milestone milestone;
        private ContractTerms terms;

        private EvidenceBuilder(Facet facet, EvidenceOutcome outcome) {
            this.facet = facet;
            this.outcome = outcome;
        }

        EvidenceBuilder from(String system, String eventId) {
            sourceSystem = system;
            sourceEventId = eventId;
            return this;
        }

        EvidenceBuilder at(Instant value) {
            occurredAt = value;
            return this;
        }

        EvidenceBuilder milestone(Milestone value) {
            milestone = value;
            return this;
        }

        EvidenceBuilder terms(ContractTerms value) {
            terms = value;
            return this;
        }

        Evidence build() {
            return new Evidence(facet, outcome, sourceSystem, sourceEventId, occurredAt, "tester",
                    outcome + " by " + sourceSystem, milestone, terms);
        }
    }
}
