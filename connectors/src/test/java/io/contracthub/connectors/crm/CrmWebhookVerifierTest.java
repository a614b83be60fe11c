package io.contracthub.connectors.crm;

import io.contracthub.connectors.auth.WebhookAuthenticationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrmWebhookVerifierTest {

    private static final Instant AT_T = Instant.ofEpochSecond(1_700_000_000L);
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    // printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
    private static final String VALID_HEADER =
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";

    private final CrmWebhookVerifier verifier =
            new CrmWebhookVerifier(CrmWebhookSettings.of("whsec_test", Duration.ofMinutes(5)));

    @Test
    void theSignatureTravelsInTheXHubSignatureHeader() {
        assertThat(CrmWebhookVerifier.SIGNATURE_HEADER).isEqualTo("X-Hub-Signature");
    }

    @Test
    void acceptsAnEventSignedWithTheConfiguredSecret() {
        assertThatCode(() -> verifier.verify(VALID_HEADER, BODY, AT_T)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnEventSignedWithAnotherSecret() {
        CrmWebhookVerifier other = new CrmWebhookVerifier(CrmWebhookSettings.of("whsec_other", Duration.ofMinutes(5)));

        assertThatThrownBy(() -> other.verify(VALID_HEADER, BODY, AT_T))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo("signature_mismatch"));
    }

    @Test
    void appliesTheConfiguredTolerance() {
        CrmWebhookVerifier strict = new CrmWebhookVerifier(CrmWebhookSettings.of("whsec_test", Duration.ofSeconds(10)));

        assertThatThrownBy(() -> strict.verify(VALID_HEADER, BODY, AT_T.plusSeconds(11)))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo("timestamp_outside_tolerance"));
    }

    @Test
    void rejectsAnEventWithoutSignature() {
        assertThatThrownBy(() -> verifier.verify(null, BODY, AT_T))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo("signature_missing"));
    }
}
