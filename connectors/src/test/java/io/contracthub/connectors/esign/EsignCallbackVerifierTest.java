package io.contracthub.connectors.esign;

import io.contracthub.connectors.auth.WebhookAuthenticationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** Expected signatures computed with openssl: printf '%s%s%s' "$TS" "$QUERY_VALUES" "$BODY" | openssl dgst -sha256 -hmac "$SECRET". */
class EsignCallbackVerifierTest {

    private static final EsignSettings SETTINGS = new EsignSettings("7438000001", "esign-test-secret");
    private static final String TIMESTAMP = "1732600000000";
    private static final byte[] BODY = "{\"action\":\"SIGN_FLOW_COMPLETE\",\"signFlowId\":\"flow-9\",\"signFlowStatus\":\"2\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "e709455120cb1145cc8bb09aa08bf26bbfe5e0d5621165aa29d81a8c7e7b0ef2";
    private static final Instant NOW = Instant.ofEpochMilli(1_732_600_000_000L).plusSeconds(30);

    private final EsignCallbackVerifier verifier = new EsignCallbackVerifier(SETTINGS, "", Duration.ofMinutes(15));

    @Test
    void signatureIsLowercaseHexOverTimestampAndRawBody() {
        assertThat(EsignCallbackSignature.sign("esign-test-secret", TIMESTAMP, "", BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void queryValuesOfTheNotifyUrlAreSignedSortedByKey() {
        String notifyUrl = "https://hub.example/webhooks/esign?tenant=esign&channel=hub";

        assertThat(EsignCallbackSignature.queryValues(notifyUrl)).isEqualTo("hubesign");
        new EsignCallbackVerifier(SETTINGS, notifyUrl, Duration.ofMinutes(15))
                .verify("2e7bd231d94190288abd11d4411b2386810668a38dd9ffeedd523841110cb17a", TIMESTAMP, BODY, NOW);
    }

    @Test
    void authenticFreshCallbackPasses() {
        assertThatCode(() -> verifier.verify(SIGNATURE, TIMESTAMP, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void tamperedBodyIsAMismatch() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"2\"", "\"7\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(SIGNATURE, TIMESTAMP, tampered, NOW))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("signature_mismatch");
    }

    @Test
    void staleTimestampIsRefusedOnlyAfterTheSignatureMatched() {
        assertThatThrownBy(() -> verifier.verify(SIGNATURE, TIMESTAMP, BODY, NOW.plus(Duration.ofMinutes(16))))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("timestamp_outside_tolerance");
    }

    @Test
    void missingHeadersAreReportedAsMissing() {
        assertThatThrownBy(() -> verifier.verify(null, TIMESTAMP, BODY, NOW))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("signature_missing");
    }
}
