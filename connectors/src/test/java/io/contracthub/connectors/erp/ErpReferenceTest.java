package io.contracthub.connectors.erp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErpReferenceTest {

    @Test
    void oneIdempotencyKeyAlwaysYieldsTheSameShortUppercaseReference() {
        String key = "c0a8012e-5b1f-4c5e-9d7a-1f2e3d4c5b6a:supplychain.stocking:5";

        assertThat(ErpReference.of(key)).isEqualTo(ErpReference.of(key)).matches("HUB[0-9A-F]{12}");
    }

    @Test
    void anotherTriggerOrVersionYieldsAnotherReference() {
        assertThat(ErpReference.of("c1:finance.invoicing:5")).isNotEqualTo(ErpReference.of("c1:supplychain.stocking:5"))
                .isNotEqualTo(ErpReference.of("c1:finance.invoicing:6"));
    }
}
