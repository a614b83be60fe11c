package io.contracthub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTextTest {

    @Test
    void text_at_the_limits_fits() {
        assertThat(EvidenceText.validate("a".repeat(128), "r".repeat(1000), "d".repeat(500))).isEmpty();
    }

    @Test
    void absent_text_fits() {
        assertThat(EvidenceText.validate(null, null, null)).isEmpty();
    }

    @Test
    void an_actor_over_128_characters_is_refused() {
        assertThat(EvidenceText.validate("a".repeat(129), "why", null))
                .containsExactly(new Violation("actor", "must be at most 128 characters"));
    }

    @Test
    void a_reason_over_1000_characters_is_refused() {
        assertThat(EvidenceText.validate("legal.wang", "r".repeat(1001), null))
                .containsExactly(new Violation("reason", "must be at most 1000 characters"));
    }

    @Test
    void an_attachment_reference_over_500_characters_is_refused() {
        assertThat(EvidenceText.validate("legal.wang", "why", "dms://" + "d".repeat(495)))
                .containsExactly(new Violation("attachmentRef", "must be at most 500 characters"));
    }

    @Test
    void every_field_over_its_limit_is_reported() {
        assertThat(EvidenceText.validate("a".repeat(300), "r".repeat(1001), "d".repeat(3001)))
                .extracting(Violation::field).containsExactly("actor", "reason", "attachmentRef");
    }
}
