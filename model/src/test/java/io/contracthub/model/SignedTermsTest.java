package io.contracthub.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.contracthub.model.Fixtures.evidence;
import static io.contracthub.model.Fixtures.line;
import static io.contracthub.model.Fixtures.minute;
import static io.contracthub.model.Fixtures.terms;
import static io.contracthub.model.Fixtures.validTerms;
import static org.assertj.core.api.Assertions.assertThat;

class SignedTermsTest {

    private static final ContractTerms CHEAPER = terms().lines(line("1", "1900000.00", "0.13")).build();

    private static Contract effective() {
        return Contract.empty("c-1", FacetRules.standard())
                .apply(evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).from("crm", "crm-1").at(minute(1)).terms(validTerms()).build())
                .apply(evidence(Facet.SIGNATURE, EvidenceOutcome.CONFIRMED).from("esign", "SIGN_FLOW_COMPLETE:f1:2").at(minute(2)).build())
                .apply(evidence(Facet.DOWN_PAYMENT, EvidenceOutcome.CONFIRMED).from("erp", "pay-1").at(minute(3)).build())
                .apply(evidence(Facet.TECHNICAL_AGREEMENT, EvidenceOutcome.CONFIRMED).from("plm", "tech-1").at(minute(4)).build());
    }

    private static Evidence crmChange(String eventId, int minute, ContractTerms terms) {
        return evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).from("crm", eventId).at(minute(minute)).terms(terms).build();
    }

    @Test
    void confirming_the_signature_records_the_signed_version_with_its_hash_and_signer() {
        SignedVersion signed = effective().signedVersion();

        assertThat(signed.revision()).isZero();
        assertThat(signed.terms()).isEqualTo(validTerms());
        assertThat(signed.termsHash()).isEqualTo(LockedTerms.hash(validTerms())).hasSize(64);
        assertThat(signed.signedBy()).isEqualTo("esign:SIGN_FLOW_COMPLETE:f1:2");
        assertThat(signed.documentHash()).isNull();
    }

    @Test
    void before_signature_the_crm_changes_the_terms() {
        Contract claimed = Contract.empty("c-1", FacetRules.standard()).apply(crmChange("crm-1", 1, validTerms()));

        Contract changed = claimed.apply(crmChange("crm-2", 2, CHEAPER));

        assertThat(changed.terms()).isEqualTo(CHEAPER);
        assertThat(changed.signedVersion()).isNull();
        assertThat(changed.amendments()).isEmpty();
    }

    @Test
    void a_price_change_after_signature_is_a_pending_amendment_and_the_signed_terms_stay() {
        Contract changed = effective().apply(crmChange("crm-2", 5, CHEAPER));

        assertThat(changed.terms().lines()).isEqualTo(validTerms().lines());
        assertThat(changed.pendingAmendment().differences()).containsExactly(
                new TermsDifference("lines[0].unitPriceExclTax", "2400000", "1900000"));
        assertThat(changed.tier()).isEqualTo(ConfidenceTier.YELLOW);
        assertThat(changed.tierReason()).contains(changed.pendingAmendment().id()).contains("pending");
        assertThat(changed.lifecycle()).isEqualTo(LifecycleState.EFFECTIVE);
    }

    @Test
    void a_change_of_no_locked_field_is_applied_without_amendment() {
        ContractTerms newPhone = new ContractTerms("HT-2026-0001", validTerms().contractDate(), validTerms().customer(),
                new SalesRep("u1001", "Li Lei", "13800000000"), "CNY", validTerms().lines(), validTerms().paymentTerms(),
                validTerms().invoice(), validTerms().bankAccount(), null);

        Contract changed = effective().apply(crmChange("crm-2", 5, newPhone));

        assertThat(changed.terms().salesRep().phone()).isEqualTo("13800000000");
        assertThat(changed.amendments()).isEmpty();
        assertThat(changed.tier()).isEqualTo(ConfidenceTier.GREEN);
    }

    @Test
    void the_same_change_twice_is_one_amendment() {
        Contract once = effective().apply(crmChange("crm-2", 5, CHEAPER));
        Contract twice = once.apply(crmChange("crm-3", 6, CHEAPER));

        assertThat(twice.amendments()).hasSize(1);
        assertThat(twice.pendingAmendment().id()).isEqualTo(once.pendingAmendment().id());
    }

    @Test
    void an_amendment_signed_in_esign_becomes_the_next_signed_version() {
        Contract pending = effective().apply(crmChange("crm-2", 5, CHEAPER));
        String id = pending.pendingAmendment().id();

        Contract signed = pending.apply(evidence(Facet.AMENDMENT, EvidenceOutcome.CONFIRMED)
                .from("esign", id + ":SIGN_FLOW_COMPLETE:f2:2").at(minute(7)).build());

        assertThat(signed.signedVersion().revision()).isEqualTo(1);
        assertThat(signed.signedVersion().amendmentId()).isEqualTo(id);
        assertThat(signed.terms().lines()).isEqualTo(CHEAPER.lines());
        assertThat(signed.amendments()).extracting(Amendment::status).containsExactly(AmendmentStatus.SIGNED);
        assertThat(signed.tier()).isEqualTo(ConfidenceTier.GREEN);
    }

    @Test
    void a_rejected_amendment_leaves_the_signed_terms() {
        Contract pending = effective().apply(crmChange("crm-2", 5, CHEAPER));
        String id = pending.pendingAmendment().id();

        Contract rejected = pending.apply(evidence(Facet.AMENDMENT, EvidenceOutcome.FAILED)
                .from("legal", id + ":decision").at(minute(7)).build());

        assertThat(rejected.signedVersion()).isEqualTo(pending.signedVersion());
        assertThat(rejected.terms().lines()).isEqualTo(validTerms().lines());
        assertThat(rejected.amendments()).extracting(Amendment::status).containsExactly(AmendmentStatus.REJECTED);
        assertThat(rejected.tier()).isEqualTo(ConfidenceTier.GREEN);
    }

    @Test
    void a_refusal_of_the_amendment_never_ends_the_contract() {
        Contract pending = effective().apply(crmChange("crm-2", 5, CHEAPER));
        String id = pending.pendingAmendment().id();

        Contract refused = pending.apply(evidence(Facet.AMENDMENT, EvidenceOutcome.REJECTS_CONTRACT)
                .from("esign", id + ":SIGN_FLOW_COMPLETE:f2:7").at(minute(7)).build());

        assertThat(refused.lifecycle()).isEqualTo(LifecycleState.EFFECTIVE);
        assertThat(refused.amendments()).extracting(Amendment::status).containsExactly(AmendmentStatus.REJECTED);
    }

    @Test
    void a_decision_naming_another_amendment_decides_nothing() {
        Contract pending = effective().apply(crmChange("crm-2", 5, CHEAPER));

        Contract after = pending.apply(evidence(Facet.AMENDMENT, EvidenceOutcome.CONFIRMED)
                .from("legal", "AMD-000000000000:decision").at(minute(7)).build());

        assertThat(after.pendingAmendment()).isEqualTo(pending.pendingAmendment());
    }

    @Test
    void the_signed_document_hash_is_carried_whether_it_arrives_before_or_after_the_confirmation() {
        String ref = Contract.SIGNED_DOCUMENT_PREFIX + "a".repeat(64);
        Contract after = effective().apply(evidence(Facet.SIGNATURE, EvidenceOutcome.CONFIRMED)
                .from("esign", "SIGNED_DOCUMENT:f1").at(minute(8)).build(), ref);
        Contract before = Contract.empty("c-1", FacetRules.standard())
                .apply(crmChange("crm-1", 1, validTerms()))
                .apply(evidence(Facet.SIGNATURE, EvidenceOutcome.PENDING).from("esign", "SIGNED_DOCUMENT:f1").at(minute(2)).build(), ref)
                .apply(evidence(Facet.SIGNATURE, EvidenceOutcome.CONFIRMED).from("esign", "SIGN_FLOW_COMPLETE:f1:2").at(minute(3)).build());

        assertThat(after.signedVersion().documentHash()).isEqualTo("a".repeat(64));
        assertThat(after.signedVersion().termsHash()).isEqualTo(effective().signedVersion().termsHash());
        assertThat(before.signedVersion().documentHash()).isEqualTo("a".repeat(64));
    }

    @Test
    void lines_that_differ_from_the_accepted_quote_are_refused() {
        ContractTerms quoted = new ContractTerms("HT-2026-0001", validTerms().contractDate(), validTerms().customer(),
                validTerms().salesRep(), "CNY", validTerms().lines(), validTerms().paymentTerms(), validTerms().invoice(),
                validTerms().bankAccount(), null, new QuoteReference("Q-1", 2, List.of(line("1", "2300000", "0.13"))));

        assertThat(quoted.validate()).extracting(Violation::field).containsExactly("terms.lines");
    }
}
