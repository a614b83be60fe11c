package io.contracthub.model;

import static io.contracthub.model.EvidenceOutcome.CONFIRMED;
import static io.contracthub.model.EvidenceOutcome.FAILED;
import static io.contracthub.model.EvidenceOutcome.PENDING;
import static io.contracthub.model.EvidenceOutcome.VOIDS_CONTRACT;
import static io.contracthub.model.EvidenceOutcome.WITHDRAWN;
import static io.contracthub.model.Facet.COMMERCIAL;
import static io.contracthub.model.Facet.DOWN_PAYMENT;
import static io.contracthub.model.Facet.QUALIFICATION;
import static io.contracthub.model.Facet.SIGNATURE;
import static io.contracthub.model.Facet.TECHNICAL_AGREEMENT;
import static io.contracthub.model.Fixtures.evidence;
import static io.contracthub.model.Fixtures.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractEvidenceTest {

    private static final FacetRules RULES = FacetRules.standard();

    private static final Evidence CLAIMED = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-1").at(minute(1))
            .terms(Fixtures.validTerms()).build();
    private static final Evidence SIGNED = evidence(SIGNATURE, CONFIRMED).from("esign", "sig-1").at(minute(2)).build();
    private static final Evidence PAID_DOWN = evidence(DOWN_PAYMENT, CONFIRMED).from("erp", "pay-1").at(minute(3)).build();
    private static final Evidence AGREED = evidence(TECHNICAL_AGREEMENT, CONFIRMED).from("plm", "tech-1").at(minute(4)).build();
    private static final Evidence ORDERED = evidence(Facet.ERP_DOCUMENTS, CONFIRMED).from("erp", "order-1").at(minute(5))
            .milestone(Milestone.ORDER_CREATED).build();

    private static final Evidence SIGNED_BY_HAND = evidence(SIGNATURE, CONFIRMED).from("manual", "legal-1").at(minute(2)).build();
    private static final Evidence FLOW_CREATED = evidence(SIGNATURE, PENDING).from("esign", "SIGN_FLOW_CREATED:flow-1")
            .at(minute(5)).build();

    private static Contract replay(List<Evidence> journal) {
        Contract contract = Contract.empty("c-1", RULES);
        for (Evidence e : journal) {
            contract = contract.apply(e);
        }
        return contract;
    }

    private static Contract replay(Evidence... journal) {
        return replay(List.of(journal));
    }

    @Test
    void an_empty_contract_is_a_red_draft_with_all_facets_open() {
        Contract contract = Contract.empty("c-1", RULES);

        assertThat(contract.version()).isZero();
        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.DRAFT);
        assertThat(contract.tier()).isEqualTo(ConfidenceTier.RED);
        assertThat(contract.terms()).isNull();
        assertThat(contract.milestone()).isNull();
        assertThat(contract.facets()).containsOnlyKeys(Facet.values());
        assertThat(contract.facets().values()).allMatch(state -> state.status() == FacetStatus.OPEN);
        assertThat(contract.facets().values()).filteredOn(FacetState::required).extracting(FacetState::facet)
                .containsExactlyInAnyOrderElementsOf(RULES.requiredFor(null));
    }

    @Test
    void applying_evidence_returns_a_new_contract_one_version_on() {
        Contract empty = Contract.empty("c-1", RULES);

        Contract claimed = empty.apply(CLAIMED);

        assertThat(claimed).isNotSameAs(empty);
        assertThat(claimed.version()).isEqualTo(1);
        assertThat(claimed.hasApplied("crm:crm-1")).isTrue();
        assertThat(empty.version()).isZero();
    }

    @Test
    void the_facet_records_who_said_what_and_when() {
        FacetState signature = replay(SIGNED).facets().get(SIGNATURE);

        assertThat(signature).isEqualTo(new FacetState(SIGNATURE, FacetStatus.CLOSED, true, CONFIRMED, "esign", "sig-1",
                minute(2), "CONFIRMED by esign", true, minute(2)));
    }

    @Test
    void duplicate_evidence_returns_the_same_instance() {
        Contract claimed = replay(CLAIMED);

        assertThat(claimed.apply(CLAIMED)).isSameAs(claimed);
    }

    @Test
    void the_same_event_id_from_another_source_is_not_a_duplicate() {
        Evidence sameIdFromErp = evidence(DOWN_PAYMENT, CONFIRMED).from("erp", "crm-1").at(minute(2)).build();

        assertThat(replay(CLAIMED, sameIdFromErp).version()).isEqualTo(2);
    }

    @Test
    void late_evidence_is_recorded_but_does_not_override_newer_evidence() {
        Evidence staleRevocation = evidence(SIGNATURE, WITHDRAWN).from("esign", "sig-0").at(minute(1)).build();

        Contract contract = replay(SIGNED, staleRevocation);

        assertThat(contract.version()).isEqualTo(2);
        assertThat(contract.hasApplied("esign:sig-0")).isTrue();
        assertThat(contract.facets().get(SIGNATURE).lastSourceEventId()).isEqualTo("sig-1");
        assertThat(contract.facets().get(SIGNATURE).status()).isEqualTo(FacetStatus.CLOSED);
    }

    @Test
    void evidence_occurring_at_the_same_instant_wins_by_arriving_later() {
        Evidence sameInstantRevocation = evidence(SIGNATURE, WITHDRAWN).from("esign", "sig-2").at(minute(2)).build();

        Contract contract = replay(SIGNED, sameInstantRevocation);

        assertThat(contract.facets().get(SIGNATURE).lastSourceEventId()).isEqualTo("sig-2");
    }

    @Test
    void a_sign_flow_waiting_journalled_after_the_signature_was_confirmed_leaves_the_contract_effective() {
        Contract effective = replay(CLAIMED, SIGNED_BY_HAND, PAID_DOWN, AGREED);

        Contract afterFlowCreated = effective.apply(FLOW_CREATED);

        assertThat(Transition.between(effective, afterFlowCreated).changed()).as("a transition would fire triggers").isFalse();
        assertThat(afterFlowCreated.lifecycle()).isEqualTo(LifecycleState.EFFECTIVE);
        assertThat(afterFlowCreated.tier()).isEqualTo(ConfidenceTier.GREEN);
        assertThat(afterFlowCreated.hasApplied("esign:SIGN_FLOW_CREATED:flow-1")).isTrue();
        assertThat(afterFlowCreated.facets().get(SIGNATURE)).isEqualTo(effective.facets().get(SIGNATURE));
    }

    @Test
    void a_confirmation_dated_before_a_shown_pending_still_closes_the_facet() {
        Contract contract = replay(CLAIMED, FLOW_CREATED, SIGNED_BY_HAND);

        assertThat(contract.facets().get(SIGNATURE).lastSourceEventId()).isEqualTo("legal-1");
        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.SIGNED);
    }

    @ParameterizedTest
    @EnumSource(EvidenceOutcome.class)
    void a_later_pending_never_changes_lifecycle_or_tier(EvidenceOutcome held) {
        Contract before = replay(CLAIMED, SIGNED, PAID_DOWN, AGREED,
                evidence(SIGNATURE, held).from("manual", "held").at(minute(6)).build());

        Contract after = before.apply(evidence(SIGNATURE, PENDING).from("esign", "later").at(minute(7)).build());

        assertThat(after.lifecycle()).isEqualTo(before.lifecycle());
        assertThat(after.tier()).isEqualTo(before.tier());
    }

    @Test
    void a_qualification_resubmitted_after_a_failed_check_shows_pending() {
        Evidence failed = evidence(QUALIFICATION, FAILED).from("his", "check-1:result").at(minute(6)).build();
        Evidence resubmitted = evidence(QUALIFICATION, PENDING).from("his", "check-2:submitted").at(minute(7)).build();

        FacetState qualification = replay(CLAIMED, failed, resubmitted).facets().get(QUALIFICATION);

        assertThat(qualification.status()).isEqualTo(FacetStatus.PENDING);
        assertThat(qualification.lastSourceEventId()).isEqualTo("check-2:submitted");
    }

    @Test
    void a_new_sign_flow_after_a_withdrawn_signature_shows_pending() {
        Evidence withdrawn = evidence(SIGNATURE, WITHDRAWN).from("manual", "legal-2").at(minute(3)).build();
        Evidence newFlow = evidence(SIGNATURE, PENDING).from("esign", "SIGN_FLOW_CREATED:flow-2").at(minute(4)).build();

        FacetState signature = replay(CLAIMED, SIGNED_BY_HAND, withdrawn, newFlow).facets().get(SIGNATURE);

        assertThat(signature.status()).isEqualTo(FacetStatus.PENDING);
        assertThat(signature.lastSourceEventId()).isEqualTo("SIGN_FLOW_CREATED:flow-2");
    }

    @Test
    void a_failure_arriving_after_a_newer_pending_attempt_does_not_hide_it() {
        Evidence resubmitted = evidence(QUALIFICATION, PENDING).from("his", "check-2:submitted").at(minute(7)).build();
        Evidence olderFailure = evidence(QUALIFICATION, FAILED).from("his", "check-1:result").at(minute(6)).build();

        FacetState qualification = replay(CLAIMED, resubmitted, olderFailure).facets().get(QUALIFICATION);

        assertThat(qualification.lastSourceEventId()).isEqualTo("check-2:submitted");
    }

    @Test
    void a_confirmation_older_than_a_withdrawal_does_not_close_the_facet_behind_a_new_pending() {
        Evidence withdrawn = evidence(SIGNATURE, WITHDRAWN).from("manual", "legal-2").at(minute(3)).build();
        Evidence newFlow = evidence(SIGNATURE, PENDING).from("esign", "SIGN_FLOW_CREATED:flow-2").at(minute(4)).build();

        Contract contract = replay(CLAIMED, withdrawn, newFlow, SIGNED_BY_HAND);

        assertThat(contract.facets().get(SIGNATURE).lastSourceEventId()).isEqualTo("SIGN_FLOW_CREATED:flow-2");
        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.CLAIMED_BY_SALES);
    }

    @Test
    void lifecycle_and_tier_do_not_depend_on_the_arrival_order_of_pending_evidence() {
        Evidence withdrawn = evidence(SIGNATURE, WITHDRAWN).from("manual", "legal-2").at(minute(7)).build();
        Evidence newFlow = evidence(SIGNATURE, PENDING).from("esign", "SIGN_FLOW_CREATED:flow-2").at(minute(8)).build();
        Evidence resigned = evidence(SIGNATURE, CONFIRMED).from("esign", "SIGN_FLOW_COMPLETE:flow-2:2").at(minute(9)).build();
        Evidence lateNotice = evidence(SIGNATURE, PENDING).from("esign", "SIGN_MISSON_COMPLETE:flow-2").at(minute(10)).build();
        List<Evidence> journal = new ArrayList<>(List.of(CLAIMED, SIGNED_BY_HAND, PAID_DOWN, AGREED, FLOW_CREATED,
                withdrawn, newFlow, resigned, lateNotice));
        Contract inOrder = replay(journal);

        for (int seed = 0; seed < 50; seed++) {
            Collections.shuffle(journal, new Random(seed));
            Contract shuffled = replay(journal);

            assertThat(shuffled.lifecycle()).as("seed %d", seed).isEqualTo(LifecycleState.EFFECTIVE).isEqualTo(inOrder.lifecycle());
            assertThat(shuffled.tier()).as("seed %d", seed).isEqualTo(inOrder.tier());
        }
    }

    @Test
    void newer_terms_replace_the_held_terms() {
        ContractTerms amended = Fixtures.terms().contractNumber("HT-2026-0001-A").build();
        Evidence amendment = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-2").at(minute(9)).terms(amended).build();

        assertThat(replay(CLAIMED, amendment).terms()).isEqualTo(amended);
    }

    @Test
    void late_terms_do_not_replace_newer_terms() {
        ContractTerms outdated = Fixtures.terms().contractNumber("HT-OLD").build();
        Evidence late = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-0").at(minute(0)).terms(outdated).build();

        assertThat(replay(CLAIMED, late).terms()).isEqualTo(Fixtures.validTerms());
    }

    @Test
    void evidence_without_terms_keeps_the_held_terms() {
        assertThat(replay(CLAIMED, SIGNED).terms()).isEqualTo(Fixtures.validTerms());
    }

    @Test
    void medical_terms_make_qualification_required() {
        Evidence medicalClaim = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-1").at(minute(1))
                .terms(Fixtures.medicalTerms()).build();

        Contract contract = replay(medicalClaim, SIGNED, PAID_DOWN, AGREED);

        assertThat(contract.facets().get(QUALIFICATION).required()).isTrue();
        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.SIGNED);
    }

    @Test
    void a_medical_contract_is_effective_once_qualified() {
        Evidence medicalClaim = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-1").at(minute(1))
                .terms(Fixtures.medicalTerms()).build();
        Evidence qualified = evidence(QUALIFICATION, CONFIRMED).from("qms", "q-1").at(minute(6)).build();

        assertThat(replay(medicalClaim, SIGNED, PAID_DOWN, AGREED, qualified).lifecycle()).isEqualTo(LifecycleState.EFFECTIVE);
    }

    @Test
    void the_milestone_only_ever_moves_forward() {
        Evidence paid = evidence(Facet.ERP_DOCUMENTS, CONFIRMED).from("erp", "m-2").at(minute(7))
                .milestone(Milestone.PAYMENT_COMPLETED).build();
        Evidence invoiced = evidence(Facet.ERP_DOCUMENTS, CONFIRMED).from("erp", "m-3").at(minute(8))
                .milestone(Milestone.INVOICE_CREATED).build();

        Contract contract = replay(CLAIMED, SIGNED, PAID_DOWN, AGREED, ORDERED, paid, invoiced);

        assertThat(contract.milestone()).isEqualTo(Milestone.PAYMENT_COMPLETED);
        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.PAID);
    }

    @Test
    void crm_only_closure_is_red() {
        Contract contract = replay(CLAIMED);

        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.CLAIMED_BY_SALES);
        assertThat(contract.tier()).isEqualTo(ConfidenceTier.RED);
        assertThat(contract.facets().get(COMMERCIAL).closedByIndependentSource()).isFalse();
    }

    @Test
    void manual_finance_evidence_counts_as_independent() {
        Evidence manualPayment = evidence(DOWN_PAYMENT, CONFIRMED).from("manual", "fin-1").at(minute(3)).build();

        Contract contract = replay(CLAIMED, manualPayment);

        assertThat(contract.facets().get(DOWN_PAYMENT).closedByIndependentSource()).isTrue();
        assertThat(contract.tier()).isEqualTo(ConfidenceTier.YELLOW);
    }

    @Test
    void signature_down_payment_and_technical_agreement_make_a_green_effective_contract() {
        Contract contract = replay(CLAIMED, SIGNED, PAID_DOWN, AGREED);

        assertThat(contract.lifecycle()).isEqualTo(LifecycleState.EFFECTIVE);
        assertThat(contract.tier()).isEqualTo(ConfidenceTier.GREEN);
    }

    @Test
    void a_signature_revoked_after_effective_falls_back_to_claimed_by_sales() {
        Contract effective = replay(CLAIMED, SIGNED, PAID_DOWN, AGREED);
        Evidence revoked = evidence(SIGNATURE, WITHDRAWN).from("esign", "sig-revoke").at(minute(10)).build();

        Contract revokedContract = effective.apply(revoked);

        assertThat(Transition.between(effective, revokedContract))
                .isEqualTo(new Transition(LifecycleState.EFFECTIVE, LifecycleState.CLAIMED_BY_SALES));
        assertThat(revokedContract.tier()).isEqualTo(ConfidenceTier.YELLOW);
    }

    @Test
    void sales_cancelling_voids_the_contract() {
        Evidence cancelled = evidence(COMMERCIAL, VOIDS_CONTRACT).from("crm", "crm-9").at(minute(9)).build();

        assertThat(replay(CLAIMED, SIGNED, cancelled).lifecycle()).isEqualTo(LifecycleState.VOIDED);
    }

    @Test
    void restoring_a_contract_from_its_parts_gives_an_equal_contract() {
        Contract original = replay(CLAIMED, SIGNED, PAID_DOWN, AGREED, ORDERED);

        Contract restored = Contract.restore(original.id(), original.version(), original.terms(), original.facets(),
                original.milestone(), original.appliedEvidenceKeys(), RULES);

        assertThat(restored).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(restored.lifecycle()).isEqualTo(LifecycleState.FULFILLING);
        assertThat(restored.tier()).isEqualTo(ConfidenceTier.GREEN);
    }

    @Test
    void a_restored_contract_still_recognises_duplicates() {
        Contract original = replay(CLAIMED, SIGNED);
        Contract restored = Contract.restore(original.id(), original.version(), original.terms(), original.facets(),
                original.milestone(), original.appliedEvidenceKeys(), RULES);

        assertThat(restored.apply(SIGNED)).isSameAs(restored);
    }

    @Test
    void a_restored_contract_still_refuses_terms_older_than_its_own() {
        Contract original = replay(CLAIMED, SIGNED);
        Contract restored = Contract.restore(original.id(), original.version(), original.terms(), original.facets(),
                original.milestone(), original.appliedEvidenceKeys(), RULES);
        Evidence late = evidence(COMMERCIAL, CONFIRMED).from("crm", "crm-0").at(minute(0))
                .terms(Fixtures.terms().contractNumber("HT-OLD").build()).build();

        assertThat(restored.apply(late).terms()).isEqualTo(Fixtures.validTerms());
    }

    @Test
    void replaying_the_same_journal_gives_an_equal_contract() {
        List<Evidence> journal = List.of(CLAIMED, SIGNED, PAID_DOWN, AGREED, ORDERED);

        assertThat(replay(journal)).isEqualTo(replay(journal)).isNotSameAs(replay(journal));
    }

    @Test
    void replaying_distinctly_timed_evidence_in_any_arrival_order_gives_an_equal_contract() {
        Evidence revoked = evidence(SIGNATURE, WITHDRAWN).from("esign", "sig-revoke").at(minute(10)).build();
        List<Evidence> journal = new ArrayList<>(List.of(CLAIMED, SIGNED, PAID_DOWN, AGREED, ORDERED, revoked));
        Contract inOrder = replay(journal);

        Collections.shuffle(journal, new Random(42));

        assertThat(replay(journal)).isEqualTo(inOrder);
    }

    @Test
    void the_exposed_state_cannot_be_modified() {
        Contract contract = replay(CLAIMED);

        assertThatThrownBy(() -> contract.facets().put(SIGNATURE, FacetState.open(SIGNATURE, true)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contract.appliedEvidenceKeys().add("x:y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
