package io.contracthub.simulators.esign;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected values computed with openssl:
 * {@code printf '%s%s%s' "$TIMESTAMP" "$QUERY_VALUES" "$BODY" | openssl dgst -sha256 -hmac esign-test-secret};
 * the hub's EsignCallbackVerifierTest verifies the same vectors.
 */
class EsignCallbackSigningTest {

    private static final String TIMESTAMP = "1732600000000";
    private static final byte[] BODY = "{\"action\":\"SIGN_FLOW_COMPLETE\",\"signFlowId\":\"flow-9\",\"signFlowStatus\":\"2\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aCallbackUrlWithoutAQueryIsSignedOverTimestampAndBody() {
        assertThat(EsignCallbackSigning.signature("esign-test-secret", TIMESTAMP, "https://hub.example/webhooks/esign", BODY))
                .isEqualTo("e709455120cb1145cc8bb09aa08bf26bbfe5e0d5621165aa29d81a8c7e7b0ef2");
    }

    @Test
    void theValuesOfTheCalledUrlsQuerySortedByNameComeBetweenTimestampAndBody() {
        // QUERY_VALUES=hubesign (channel=hub sorts before tenant=esign)
        assertThat(EsignCallbackSigning.signature("esign-test-secret", TIMESTAMP,
                "https://hub.example/webhooks/esign?tenant=esign&channel=hub", BODY))
                .isEqualTo("2e7bd231d94190288abd11d4411b2386810668a38dd9ffeedd523841110cb17a");
    }

    @Test
    void queryValuesAreDecoded() {
        assertThat(EsignCallbackSigning.queryValues("https://hub.example/cb?b=a%26b&a=%E5%8D%8E%E4%B8%9C+")).isEqualTo("华东 a&b");
    }
}
