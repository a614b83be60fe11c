package io.contracthub.model;

import static io.contracthub.model.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    @Test
    void the_dedup_key_is_source_system_and_event_id() {
        Evidence e = evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).from("crm", "crm-evt-0001").build();

        assertThat(e.key()).isEqualTo("crm:crm-evt-0001");
    }

    @Test
    void sales_own_crm_is_not_independent() {
        assertThat(evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).from("crm", "1").build().independent()).isFalse();
    }

    @Test
    void the_imported_register_sales_kept_is_not_independent_either() {
        assertThat(evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).from("import", "1").build().independent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"erp", "esign", "manual", "plm"})
    void every_other_source_is_independent(String source) {
        assertThat(evidence(Facet.DOWN_PAYMENT, EvidenceOutcome.CONFIRMED).from(source, "1").build().independent()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PENDING, PENDING",
            "CONFIRMED, CLOSED",
            "WITHDRAWN, OPEN",
            "FAILED, FAILED",
            "VOIDS_CONTRACT, OPEN",
            "REJECTS_CONTRACT, FAILED"})
    void each_outcome_sets_a_facet_status(EvidenceOutcome outcome, FacetStatus status) {
        assertThat(outcome.facetStatus()).isEqualTo(status);
    }

    @Test
    void evidence_without_a_time_is_refused() {
        assertThatNullPointerException().isThrownBy(() -> evidence(Facet.SIGNATURE, EvidenceOutcome.CONFIRMED).at(null).build());
    }

    @Test
    void a_closure_by_crm_is_not_independent_closure() {
        FacetState state = FacetState.from(evidence(Facet.COMMERCIAL, EvidenceOutcome.CONFIRMED).build(), true);

        assertThat(state.closedByIndependentSource()).isFalse();
    }

    @Test
    void only_a_closure_can_be_an_independent_closure() {
        FacetState state = FacetState.from(evidence(Facet.SIGNATURE, EvidenceOutcome.PENDING).from("esign", "1").build(), true);

        assertThat(state.closedByIndependentSource()).isFalse();
    }
}
