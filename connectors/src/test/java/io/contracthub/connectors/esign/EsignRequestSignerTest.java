package io.contracthub.connectors.esign;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values computed independently with openssl (see each test), not with the code under test. */
class EsignRequestSignerTest {

    private static final String SECRET = "esign-test-secret";
    private static final String BODY = "{\"docs\":[{\"fileId\":\"file-001\",\"fileName\":\"HT-2026-0001.pdf\"}]}";
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_732_600_000_000L), ZoneOffset.UTC);

    private final EsignRequestSigner signer = new EsignRequestSigner(new EsignSettings("7438000001", SECRET), CLOCK);

    @Test
    void contentMd5IsBase64OfTheRawDigest() {
        // printf '%s' "$BODY" | openssl dgst -md5 -binary | base64
        assertThat(EsignRequestSigner.contentMd5(BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo("H8MsFlykeM38h8CVdh1t9w==");
    }

    @Test
    void contentMd5OfNoBodyIsEmpty() {
        assertThat(EsignRequestSigner.contentMd5(new byte[0])).isEmpty();
    }

    @Test
    void postIsSignedOverTheNewlineJoinedStringToSign() {
        // printf 'POST\n*/*\nH8Ms...==\napplication/json; charset=UTF-8\n\n/v3/sign-flow/create-by-file'
        //   | openssl dgst -sha256 -hmac esign-test-secret -binary | base64
        Map<String, String> headers = signer.headers("POST", "/v3/sign-flow/create-by-file", BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(headers).containsEntry("X-Tsign-Open-Ca-Signature", "uD3tHMIjv7HKgUM+PFUpJa4ZRbuS9trMoZQJ/1MRKng=")
                .containsEntry("X-Tsign-Open-App-Id", "7438000001")
                .containsEntry("X-Tsign-Open-Auth-Mode", "Signature")
                .containsEntry("X-Tsign-Open-Ca-Timestamp", "1732600000000")
                .containsEntry("Content-MD5", "H8MsFlykeM38h8CVdh1t9w==")
                .containsEntry("Content-Type", "application/json; charset=UTF-8")
                .containsEntry("Accept", "*/*");
    }

    @Test
    void getSignsAnEmptyContentMd5AndTheQuerySortedByKey() {
        // printf 'GET\n*/*\n\napplication/json; charset=UTF-8\n\n/v3/sign-flow/flow-9/detail?a=1&b=2'
        //   | openssl dgst -sha256 -hmac esign-test-secret -binary | base64
        Map<String, String> headers = signer.headers("GET", "/v3/sign-flow/flow-9/detail?b=2&a=1", new byte[0]);

        assertThat(headers).containsEntry("X-Tsign-Open-Ca-Signature", "BNSTnFYxu/gj1FOi8LyvNg+DxrRQs5VVqwggPkTJopY=")
                .doesNotContainKey("Content-MD5");
    }

    @Test
    void stringToSignHasAnEmptyDateLine() {
        assertThat(EsignRequestSigner.stringToSign("GET", "", "/v3/x"))
                .isEqualTo("GET\n*/*\n\napplication/json; charset=UTF-8\n\n/v3/x");
    }
}
