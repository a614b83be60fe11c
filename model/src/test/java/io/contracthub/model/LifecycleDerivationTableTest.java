package io.contracthub.model;

import static io.contracthub.model.ConfidenceTier.GREEN;
import static io.contracthub.model.ConfidenceTier.RED;
import static io.contracthub.model.ConfidenceTier.YELLOW;
import static io.contracthub.model.EvidenceOutcome.CONFIRMED;
import static io.contracthub.model.EvidenceOutcome.FAILED;
import static io.contracthub.model.EvidenceOutcome.PENDING;
import static io.contracthub.model.EvidenceOutcome.REJECTS_CONTRACT;
import static io.contracthub.model.EvidenceOutcome.VOIDS_CONTRACT;
import static io.contracthub.model.EvidenceOutcome.WITHDRAWN;
import static io.contracthub.model.Facet.COMMERCIAL;
import static io.contracthub.model.Facet.DOWN_PAYMENT;
import static io.contracthub.model.Facet.QUALIFICATION;
import static io.contracthub.model.Facet.SIGNATURE;
import static io.contracthub.model.Facet.TECHNICAL_AGREEMENT;
import static io.contracthub.model.LifecycleState.CLAIMED_BY_SALES;
import static io.contracthub.model.LifecycleState.CLOSED;
import static io.contracthub.model.LifecycleState.DRAFT;
import static io.contracthub.model.LifecycleState.EFFECTIVE;
import static io.contracthub.model.LifecycleState.FULFILLING;
import static io.contracthub.model.LifecycleState.INVOICED;
import static io.contracthub.model.LifecycleState.PAID;
import static io.contracthub.model.LifecycleState.REJECTED;
import static io.contracthub.model.LifecycleState.SIGNED;
import static io.contracthub.model.LifecycleState.VOIDED;
import static io.contracthub.model.Milestone.CONTRACT_CLOSED;
import static io.contracthub.model.Milestone.INVOICE_CREATED;
import static io.contracthub.model.Milestone.ORDER_CREATED;
import static io.contracthub.model.Milestone.PAYMENT_COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole derivation as one table: what the systems said (+ the customer's segment and the ERP milestone)
 * decides the lifecycle state and the confidence tier.
 */
class LifecycleDerivationTableTest {

    private static final String STANDARD = "INDUSTRIAL";
    private static final String MEDICAL = "MEDICAL";

    private static final Said COMMERCIAL_BY_CRM = said(COMMERCIAL, CONFIRMED, "crm");
    private static final Said SIGNATURE_BY_ESIGN = said(SIGNATURE, CONFIRMED, "esign");
    private static final Said DOWN_PAYMENT_BY_ERP = said(DOWN_PAYMENT, CONFIRMED, "erp");
    private static final Said TECHNICAL_BY_PLM = said(TECHNICAL_AGREEMENT, CONFIRMED, "plm");
    private static final Said QUALIFICATION_BY_QMS = said(QUALIFICATION, CONFIRMED, "qms");
    private static final List<Said> ALL_FOUR = List.of(COMMERCIAL_BY_CRM, SIGNATURE_BY_ESIGN, DOWN_PAYMENT_BY_ERP, TECHNICAL_BY_PLM);

    static Stream<Arguments> table() {
        return Stream.of(
                // description                                   segment   milestone          what was said                                                   lifecycle         tier
                row("nothing said yet",                          STANDARD, null,              List.of(),                                                      DRAFT,            RED),
                row("sales still negotiating",                   STANDARD, null,              List.of(said(COMMERCIAL, PENDING, "crm")),                      DRAFT,            RED),
                row("sales claims the deal, CRM only",           STANDARD, null,              List.of(COMMERCIAL_BY_CRM),                                     CLAIMED_BY_SALES, RED),
                row("CRM also claims the down payment",          STANDARD, null,              List.of(COMMERCIAL_BY_CRM, said(DOWN_PAYMENT, CONFIRMED, "crm")), CLAIMED_BY_SALES, RED),
                row("claimed and signed",                        STANDARD, null,              List.of(COMMERCIAL_BY_CRM, SIGNATURE_BY_ESIGN),                 SIGNED,           YELLOW),
                row("signature closed but commercial open",      STANDARD, null,              List.of(SIGNATURE_BY_ESIGN),                                    SIGNED,           YELLOW),
                row("down payment received by manual finance",   STANDARD, null,              List.of(said(DOWN_PAYMENT, CONFIRMED, "manual")),               DRAFT,            YELLOW),
                row("signed and paid, technical agreement open", STANDARD, null,              List.of(COMMERCIAL_BY_CRM, SIGNATURE_BY_ESIGN, DOWN_PAYMENT_BY_ERP), SIGNED,      YELLOW),
                row("signature revoked, commercial still closed", STANDARD, null,             List.of(COMMERCIAL_BY_CRM, said(SIGNATURE, WITHDRAWN, "esign"), DOWN_PAYMENT_BY_ERP, TECHNICAL_BY_PLM), CLAIMED_BY_SALES, YELLOW),
                row("down payment failed",                       STANDARD, null,              plus(ALL_FOUR, said(DOWN_PAYMENT, FAILED, "erp")),              SIGNED,           YELLOW),
                row("all required facets closed",                STANDARD, null,              ALL_FOUR,                                                       EFFECTIVE,        GREEN),
                row("effective + order created",                 STANDARD, ORDER_CREATED,     ALL_FOUR,                                                       FULFILLING,       GREEN),
                row("effective + invoice created",               STANDARD, INVOICE_CREATED,   ALL_FOUR,                                                       INVOICED,         GREEN),
                row("effective + payment completed",             STANDARD, PAYMENT_COMPLETED, ALL_FOUR,                                                       PAID,             GREEN),
                row("effective + contract closed",               STANDARD, CONTRACT_CLOSED,   ALL_FOUR,                                                       CLOSED,           GREEN),
                row("paid and delivered",                        STANDARD, PAYMENT_COMPLETED, plus(ALL_FOUR, said(Facet.DELIVERY, CONFIRMED, "delivery-api")), CLOSED,     GREEN),
                row("delivered, not paid yet",                   STANDARD, INVOICE_CREATED,   plus(ALL_FOUR, said(Facet.DELIVERY, CONFIRMED, "kingdee")),     INVOICED,         GREEN),
                row("paid, delivery only pending",               STANDARD, PAYMENT_COMPLETED, plus(ALL_FOUR, said(Facet.DELIVERY, PENDING, "kingdee")),       PAID,             GREEN),
                row("paid, delivery withdrawn (goods returned)", STANDARD, PAYMENT_COMPLETED, plus(ALL_FOUR, said(Facet.DELIVERY, CONFIRMED, "kingdee"), said(Facet.DELIVERY, WITHDRAWN, "console")), PAID, GREEN),
                row("delivery never makes a draft effective",    STANDARD, PAYMENT_COMPLETED, List.of(COMMERCIAL_BY_CRM, said(Facet.DELIVERY, CONFIRMED, "kingdee")), CLAIMED_BY_SALES, YELLOW),
                row("milestone without effectiveness",           STANDARD, PAYMENT_COMPLETED, List.of(COMMERCIAL_BY_CRM, SIGNATURE_BY_ESIGN),                 SIGNED,           YELLOW),
                row("milestone on a draft",                      STANDARD, ORDER_CREATED,     List.of(),                                                      DRAFT,            RED),
                row("ERP documents are not required",            STANDARD, null,              plus(ALL_FOUR, said(Facet.ERP_DOCUMENTS, PENDING, "erp")),      EFFECTIVE,        GREEN),
                row("medical contract missing qualification",    MEDICAL,  null,              ALL_FOUR,                                                       SIGNED,           GREEN),
                row("medical contract, qualification pending",   MEDICAL,  ORDER_CREATED,     plus(ALL_FOUR, said(QUALIFICATION, PENDING, "qms")),            SIGNED,           GREEN),
                row("medical contract, qualification closed",    MEDICAL,  null,              plus(ALL_FOUR, QUALIFICATION_BY_QMS),                           EFFECTIVE,        GREEN),
                row("medical contract effective + order created", MEDICAL, ORDER_CREATED,     plus(ALL_FOUR, QUALIFICATION_BY_QMS),                           FULFILLING,       GREEN),
                row("medical segment matched case-insensitively", "medical", null,            ALL_FOUR,                                                       SIGNED,           GREEN),
                row("sales cancels the deal",                    STANDARD, null,              List.of(said(COMMERCIAL, VOIDS_CONTRACT, "crm")),               VOIDED,           RED),
                row("cancelled after everything else closed",    STANDARD, PAYMENT_COMPLETED, plus(ALL_FOUR, said(COMMERCIAL, VOIDS_CONTRACT, "crm")),        VOIDED,           GREEN),
                row("qualification rejects the customer",        MEDICAL,  null,              plus(ALL_FOUR, said(QUALIFICATION, REJECTS_CONTRACT, "qms")),   REJECTED,         GREEN),
                row("rejected before anything closed",           STANDARD, null,              List.of(said(TECHNICAL_AGREEMENT, REJECTS_CONTRACT, "plm")),    REJECTED,         RED),
                row("confirmed signature, then a later sign flow waiting", STANDARD, null,    plus(ALL_FOUR, said(SIGNATURE, PENDING, "esign")),              EFFECTIVE,        GREEN),
                row("effective + order, then a later pending",  STANDARD, ORDER_CREATED,     plus(ALL_FOUR, said(DOWN_PAYMENT, PENDING, "ocr")),             FULFILLING,       GREEN),
                row("claimed, then a later pending from the CRM", STANDARD, null,            List.of(COMMERCIAL_BY_CRM, said(COMMERCIAL, PENDING, "crm")),   CLAIMED_BY_SALES, RED),
                row("voided, then a later pending",              STANDARD, null,              List.of(said(COMMERCIAL, VOIDS_CONTRACT, "crm"), said(COMMERCIAL, PENDING, "crm")), VOIDED, RED),
                row("rejected, then a later pending",            MEDICAL,  null,              plus(ALL_FOUR, said(QUALIFICATION, REJECTS_CONTRACT, "his"), said(QUALIFICATION, PENDING, "his")), REJECTED, GREEN),
                row("signature withdrawn, then a new sign flow waiting", STANDARD, null,     List.of(COMMERCIAL_BY_CRM, SIGNATURE_BY_ESIGN, said(SIGNATURE, WITHDRAWN, "manual"), said(SIGNATURE, PENDING, "esign")), CLAIMED_BY_SALES, RED),
                row("qualification failed, then resubmitted",    MEDICAL,  null,              plus(ALL_FOUR, said(QUALIFICATION, FAILED, "his"), said(QUALIFICATION, PENDING, "his")), SIGNED, GREEN),
                row("voiding outranks rejection",                MEDICAL,  null,              List.of(said(COMMERCIAL, VOIDS_CONTRACT, "crm"), said(QUALIFICATION, REJECTS_CONTRACT, "qms")), VOIDED, RED));
    }

    @ParameterizedTest(name = "{0} -> {4}, {5}")
    @MethodSource("table")
    void derives_lifecycle_and_tier(String description, String segment, Milestone milestone, List<Said> said,
                                    LifecycleState lifecycle, ConfidenceTier tier) {
        Map<Facet, FacetState> facets = facets(segment, said);

        assertThat(LifecycleDerivation.derive(facets, milestone)).isEqualTo(lifecycle);
        assertThat(ConfidenceDerivation.derive(facets)).isEqualTo(tier);
    }

    @Test
    void facets_of_which_none_is_required_prove_nothing() {
        assertThat(LifecycleDerivation.derive(Map.of(), null)).isEqualTo(DRAFT);
        assertThat(ConfidenceDerivation.derive(Map.of())).isEqualTo(RED);
    }

    private static Arguments row(String description, String segment, Milestone milestone, List<Said> said,
                                 LifecycleState lifecycle, ConfidenceTier tier) {
        return arguments(description, segment, milestone, said, lifecycle, tier);
    }

    /** One system's latest word on one facet. */
    record Said(Facet facet, EvidenceOutcome outcome, String sourceSystem) {
        @Override
        public String toString() {
            return facet + "=" + outcome + "@" + sourceSystem;
        }
    }

    private static Said said(Facet facet, EvidenceOutcome outcome, String sourceSystem) {
        return new Said(facet, outcome, sourceSystem);
    }

    /** Later entries occurred later, and the facet weighs them as it weighs newer evidence. */
    private static List<Said> plus(List<Said> base, Said... more) {
        List<Said> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static Map<Facet, FacetState> facets(String segment, List<Said> said) {
        Set<Facet> required = FacetRules.standard().requiredFor(Fixtures.terms().segment(segment).build());
        Map<Facet, FacetState> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, FacetState.open(facet, required.contains(facet)));
        }
        for (int i = 0; i < said.size(); i++) {
            Said s = said.get(i);
            Evidence evidence = Fixtures.evidence(s.facet(), s.outcome()).from(s.sourceSystem(), "e-" + i)
                    .at(Fixtures.minute(i)).build();
            facets.put(s.facet(), facets.get(s.facet()).after(evidence));
        }
        return facets;
    }
}
