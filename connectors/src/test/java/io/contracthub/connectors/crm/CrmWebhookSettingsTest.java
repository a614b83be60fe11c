package io.contracthub.connectors.crm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrmWebhookSettingsTest {

    @Test
    void keepsTheSecretAndTheTolerance() {
        CrmWebhookSettings settings = CrmWebhookSettings.of("whsec_test", Duration.ofMinutes(5));

        assertThat(settings.secret()).isEqualTo("whsec_test");
        assertThat(settings.tolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDefaultToleranceIsFiveMinutes() {
        assertThat(CrmWebhookSettings.DEFAULT_TOLERANCE).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void rejectsAMissingSecret(String secret) {
        assertThatThrownBy(() -> CrmWebhookSettings.of(secret, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret");
    }

    @Test
    void rejectsAMissingOrNegativeTolerance() {
        assertThatThrownBy(() -> CrmWebhookSettings.of("whsec_test", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrmWebhookSettings.of("whsec_test", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(CrmWebhookSettings.of("whsec_test", Duration.ofMinutes(5)).toString())
                .doesNotContain("whsec_test")
                .contains("PT5M");
    }
}
