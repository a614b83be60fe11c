package io.contracthub.simulators.ocr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the worked example of Tencent Cloud's "签名方法 v3" documentation (CVM DescribeInstances). */
class Tc3VerifierTest {

    private static final String AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/"
            + "cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";
    private static final byte[] PAYLOAD = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> HEADERS = Map.of("content-type", "application/json; charset=utf-8",
            "host", "cvm.tencentcloudapi.com");

    @Test
    void readsTheDocumentedAuthorizationHeader() {
        Tc3Verifier.Credential credential = Tc3Verifier.parse(AUTHORIZATION).orElseThrow();

        assertThat(credential.secretId()).isEqualTo("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******");
        assertThat(credential.service()).isEqualTo("cvm");
        assertThat(credential.signedHeaders()).isEqualTo("content-type;host");
        assertThat(Tc3Verifier.scopeDateMatches(credential, 1_551_113_065L)).isTrue();
    }

    @Test
    void rebuildsTheDocumentedSignatureFromTheRequest() {
        Tc3Verifier.Credential credential = Tc3Verifier.parse(AUTHORIZATION).orElseThrow();

        assertThat(Tc3Verifier.expectedSignature("Gu5t9xGARNpq86cd98joQYCN3*******", credential, 1_551_113_065L, "POST",
                "/", "", HEADERS::get, PAYLOAD)).isEqualTo(credential.signature());
    }

    @Test
    void anotherBodyOrKeyGivesAnotherSignature() {
        Tc3Verifier.Credential credential = Tc3Verifier.parse(AUTHORIZATION).orElseThrow();

        assertThat(Tc3Verifier.expectedSignature("Gu5t9xGARNpq86cd98joQYCN3*******", credential, 1_551_113_065L, "POST",
                "/", "", HEADERS::get, "{\"Limit\": 2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(credential.signature());
        assertThat(Tc3Verifier.expectedSignature("another-key", credential, 1_551_113_065L, "POST", "/", "", HEADERS::get,
                PAYLOAD)).isNotEqualTo(credential.signature());
    }

    @Test
    void aScopeDateOtherThanTheTimestampsIsRefused() {
        assertThat(Tc3Verifier.scopeDateMatches(Tc3Verifier.parse(AUTHORIZATION).orElseThrow(), 1_551_200_000L)).isFalse();
        assertThat(Tc3Verifier.parse("TC3-HMAC-SHA256 Credential=x, Signature=y")).isEmpty();
    }
}
