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

    private final EsignCallbackVerifier verifier = new EsignCallbackVerifier(SETTINGS, Duration.ofMinutes(15));

    @Test
    void signatureIsLowercaseHexOverTimestampAndRawBody() {
        assertThat(EsignCallbackSignature.sign("esign-test-secret", TIMESTAMP, "", BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void queryValuesAreTheDecodedValuesSortedByKey() {
        assertThat(EsignCallbackSignature.queryValues("tenant=esign&channel=hub")).isEqualTo("hubesign");
        assertThat(EsignCallbackSignature.queryValues("b=a%26b&a=%E5%8D%8E%E4%B8%9C+")).isEqualTo("华东 a&b");
        assertThat(EsignCallbackSignature.queryValues(null)).isEmpty();
        assertThat(EsignCallbackSignature.queryValues("")).isEmpty();
    }

    @Test
    void callbackToAUrlWithAQueryIsVerifiedOverTheValuesOfTheQueryItCameWith() {
        // printf '%s%s%s' "$TS" "hubesign" "$BODY" | openssl dgst -sha256 -hmac esign-test-secret
        String signedWithQuery = "2e7bd231d94190288abd11d4411b2386810668a38dd9ffeedd523841110cb17a";

        assertThatCode(() -> verifier.verify(signedWithQuery, TIMESTAMP, "tenant=esign&channel=hub", BODY, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void encodedQueryValuesAreSignedDecoded() {
        // printf '%s%s%s' "$TS" "华东 a&b" "$BODY" | openssl dgst -sha256 -hmac esign-test-secret
        String signed = "89cc2f66e9dc4400365150db175c2acde7583d36e37ed619a5dae04896af848c";

        assertThatCode(() -> verifier.verify(signed, TIMESTAMP, "b=a%26b&a=%E5%8D%8E%E4%B8%9C+", BODY, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void aSignatureOverOtherQueryValuesIsAMismatch() {
        assertThatThrownBy(() -> verifier.verify(SIGNATURE, TIMESTAMP, "tenant=esign", BODY, NOW))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("signature_mismatch");
    }

    @Test
    void authenticFreshCallbackPasses() {
        assertThatCode(() -> verifier.verify(SIGNATURE, TIMESTAMP, null, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void tamperedBodyIsAMismatch() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"2\"", "\"7\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(SIGNATURE, TIMESTAMP, null, tampered, NOW))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("signature_mismatch");
    }

    @Test
    void staleTimestampIsRefusedOnlyAfterTheSignatureMatched() {
        assertThatThrownBy(() -> verifier.verify(SIGNATURE, TIMESTAMP, null, BODY, NOW.plus(Duration.ofMinutes(16))))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("timestamp_outside_tolerance");
    }

    @Test
    void missingHeadersAreReportedAsMissing() {
        assertThatThrownBy(() -> verifier.verify(null, TIMESTAMP, null, BODY, NOW))
                .isInstanceOf(WebhookAuthenticationException.class).extracting("code").isEqualTo("signature_missing");
    }
}
