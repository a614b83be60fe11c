package io.contracthub.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FacetRulesTest {

    private static final Set<Facet> STANDARD = EnumSet.of(Facet.COMMERCIAL, Facet.SIGNATURE, Facet.DOWN_PAYMENT,
            Facet.TECHNICAL_AGREEMENT);

    @Test
    void standard_rules_require_commercial_signature_down_payment_and_technical_agreement() {
        assertThat(FacetRules.standard().requiredFor(Fixtures.validTerms())).isEqualTo(STANDARD);
    }

    @Test
    void the_medical_segment_also_requires_qualification() {
        assertThat(FacetRules.standard().requiredFor(Fixtures.medicalTerms())).containsAll(STANDARD).contains(Facet.QUALIFICATION);
    }

    @Test
    void segments_match_regardless_of_case() {
        ContractTerms terms = Fixtures.terms().segment("Medical").build();

        assertThat(FacetRules.standard().requiredFor(terms)).contains(Facet.QUALIFICATION);
    }

    @Test
    void without_terms_only_the_base_set_is_required() {
        assertThat(FacetRules.standard().requiredFor(null)).isEqualTo(STANDARD);
        assertThat(FacetRules.standard().requiredFor(Fixtures.terms().customer(null).build())).isEqualTo(STANDARD);
    }

    @Test
    void requirements_are_configuration() {
        FacetRules rules = new FacetRules(EnumSet.of(Facet.SIGNATURE), Map.of("pharma", EnumSet.of(Facet.ERP_DOCUMENTS)));

        assertThat(rules.requiredFor(Fixtures.terms().segment("PHARMA").build()))
                .containsExactlyInAnyOrder(Facet.SIGNATURE, Facet.ERP_DOCUMENTS);
    }

    @Test
    void rules_with_the_same_configuration_are_equal() {
        assertThat(FacetRules.standard()).isEqualTo(FacetRules.standard()).hasSameHashCodeAs(FacetRules.standard());
    }
}
