package io.contracthub.simulators.esign;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * esign publishes no worked signature example, so the expected values are computed with openssl (each test shows the
 * command); the hub's EsignRequestSignerTest checks its client against the same vectors.
 */
class EsignGatewaySignatureTest {

    private static final String SECRET = "esign-test-secret";
    private static final byte[] BODY = "{\"docs\":[{\"fileId\":\"file-001\",\"fileName\":\"HT-2026-0001.pdf\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String JSON = "application/json; charset=UTF-8";

    @Test
    void contentMd5IsBase64OfTheRawDigest() {
        // printf '%s' "$BODY" | openssl dgst -md5 -binary | base64
        assertThat(EsignGatewaySignature.contentMd5(BODY)).isEqualTo("H8MsFlykeM38h8CVdh1t9w==");
        assertThat(EsignGatewaySignature.contentMd5(new byte[0])).isEmpty();
    }

    @Test
    void aPostIsSignedOverTheNewlineJoinedHeadersAndPath() {
        // printf 'POST\n*/*\nH8MsFlykeM38h8CVdh1t9w==\napplication/json; charset=UTF-8\n\n/v3/sign-flow/create-by-file'
        //   | openssl dgst -sha256 -hmac esign-test-secret -binary | base64
        String stringToSign = EsignGatewaySignature.stringToSign("POST", "*/*", "H8MsFlykeM38h8CVdh1t9w==", JSON, null,
                EsignGatewaySignature.pathAndParameters("/v3/sign-flow/create-by-file", null));

        assertThat(stringToSign).isEqualTo("POST\n*/*\nH8MsFlykeM38h8CVdh1t9w==\n" + JSON + "\n\n/v3/sign-flow/create-by-file");
        assertThat(EsignGatewaySignature.signature(SECRET, stringToSign)).isEqualTo("uD3tHMIjv7HKgUM+PFUpJa4ZRbuS9trMoZQJ/1MRKng=");
    }

    @Test
    void aGetSignsAnEmptyContentMd5AndItsQuerySortedByName() {
        // printf 'GET\n*/*\n\napplication/json; charset=UTF-8\n\n/v3/sign-flow/flow-9/detail?a=1&b=2'
        //   | openssl dgst -sha256 -hmac esign-test-secret -binary | base64
        String stringToSign = EsignGatewaySignature.stringToSign("GET", "*/*", "", JSON, "",
                EsignGatewaySignature.pathAndParameters("/v3/sign-flow/flow-9/detail", "b=2&a=1"));

        assertThat(EsignGatewaySignature.signature(SECRET, stringToSign)).isEqualTo("BNSTnFYxu/gj1FOi8LyvNg+DxrRQs5VVqwggPkTJopY=");
    }
}
