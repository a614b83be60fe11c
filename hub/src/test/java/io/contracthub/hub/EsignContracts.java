package io.contracthub.hub;

import io.contracthub.connectors.esign.EsignCallbackSignature;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** esign callbacks in the vendor's format and signature, for tests (secret as in application-test.yml). */
final class EsignContracts {

    static final String APP_SECRET = "esign_test_secret";
    /** Customer segment whose contracts the test configuration sends for signing. */
    static final String SIGNING_SEGMENT = "LABORATORY";

    private EsignContracts() {
    }

    static String flowComplete(String signFlowId, String status, Instant finishedAt) {
        return """
                {"action":"SIGN_FLOW_COMPLETE","timestamp":%d,"signFlowId":"%s","signFlowTitle":"test","signFlowStatus":"%s",\
                "statusDescription":"test","signFlowCreateTime":%d,"signFlowStartTime":%d,"signFlowFinishTime":%d}"""
                .formatted(finishedAt.toEpochMilli(), signFlowId, status, finishedAt.toEpochMilli() - 60_000,
                        finishedAt.toEpochMilli() - 60_000, finishedAt.toEpochMilli());
    }

    static HttpRequest signedCallback(URI uri, String body, String secret, Instant signedAt) {
        return signedCallback(uri, body, secret, signedAt, EsignCallbackSignature.queryValues(uri.getRawQuery()));
    }

    /** Signed over {@code queryValues} whatever the URI's query is (to show what a wrongly signed query does). */
    static HttpRequest signedCallback(URI uri, String body, String secret, Instant signedAt, String queryValues) {
        String timestamp = Long.toString(signedAt.toEpochMilli());
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("X-Tsign-Open-App-Id", "7438000099")
                .header("X-Tsign-Open-TIMESTAMP", timestamp)
                .header("X-Tsign-Open-SIGNATURE-ALGORITHM", "hmac-sha256")
                .header("X-Tsign-Open-SIGNATURE",
                        EsignCallbackSignature.sign(secret, timestamp, queryValues, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
