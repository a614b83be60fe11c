package io.contracthub.hub;

import io.contracthub.simulators.ocr.OcrSamples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** A sender's mistake is answered with a 4xx in the error model, never a 500, and changes nothing. */
class InputRejectionTest extends HubIntegrationTest {

    private static final long MAX_BODY_BYTES = 1_048_576;

    @Test
    void evidenceWithAReasonOver1000CharactersGets400NamingTheFieldAndTheLimit() {
        String id = claimedContract();

        HttpResponse<String> response = postEvidence(id, "legal.wang", "r".repeat(1001), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("reason");
        assertThat(json(response).path("message").asText()).contains("1000");
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(1);
    }

    @Test
    void evidenceWithAnActorOver128CharactersGets400NamingTheField() {
        String id = claimedContract();

        HttpResponse<String> response = postEvidence(id, "a".repeat(300), "checked", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("actor");
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(1);
    }

    @Test
    void evidenceWithAnAttachmentRefOver500CharactersGets400NamingTheField() {
        String id = claimedContract();

        HttpResponse<String> response = postEvidence(id, "legal.wang", "checked", "dms://" + "d".repeat(3000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("attachmentRef");
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(1);
    }

    @Test
    void evidenceWithEveryTextAtItsLimitIsRecorded() {
        String id = claimedContract();

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"%s","reason":"%s","attachmentRef":"%s","requestId":"%s"}"""
                .formatted("a".repeat(128), "r".repeat(1000), "d".repeat(500), "q".repeat(80)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(2);
    }

    @Test
    void evidenceWithARequestIdOver80CharactersGets400() {
        String id = claimedContract();

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"legal.wang","reason":"checked","requestId":"%s"}"""
                .formatted("q".repeat(81)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/details/fields").has("requestId")).isTrue();
    }

    @Test
    void evidenceDatedBeyondWhatCanBeStoredGets400NamingOccurredAt() {
        String id = claimedContract();

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"legal.wang","reason":"checked",\
                "occurredAt":"+1000000000-12-31T23:59:59Z"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("occurredAt");
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(1);
    }

    @Test
    void aCrmEventDatedInTheYear9999Gets400NamingOccurredAt() {
        int inboxBefore = count("inbox");

        HttpResponse<String> response = postCrm(event("crm-evt-" + UUID.randomUUID(), Instant.parse("9999-12-31T23:59:59Z"),
                uniqueNumber(), "SIGNED", "HOSPITAL"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("occurredAt");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void evidenceSentAsMultipartGets415SayingToSendJson() {
        String id = claimedContract();

        HttpResponse<String> response = postMultipart("/api/contracts/" + id + "/evidence",
                multipart("reason", "text/plain", bytes("checked"), true));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(json(response).path("message").asText()).contains("application/json");
    }

    @Test
    void evidenceSentAsABrokenMultipartBodyGets400() {
        String id = claimedContract();

        HttpResponse<String> response = postMultipart("/api/contracts/" + id + "/evidence",
                multipart("reason", "text/plain", bytes("checked"), false));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("malformed_multipart");
    }

    @Test
    void aVoucherWithATruncatedMultipartBodyGets400AndStoresNothing() {
        String id = claimedContract();

        HttpResponse<String> response = postMultipart("/api/contracts/" + id + "/vouchers",
                multipart("file", "image/png", OcrSamples.DOWN_PAYMENT.image(), false));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("malformed_multipart");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE contract_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aVoucherUploadOverTheBodyLimitWithoutContentLengthGets413() {
        String id = claimedContract();
        Multipart upload = multipart("file", "image/png",
                Arrays.copyOf(OcrSamples.DOWN_PAYMENT.image(), (int) MAX_BODY_BYTES + 100_000), true);

        // a stream publisher sends the body chunked, so only reading it can find out how large it is
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/contracts/" + id + "/vouchers"))
                .header("X-Api-Key", API_KEY).header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(upload.body()))).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("code").asText()).isEqualTo("payload_too_large");
        assertThat(json(response).at("/details/limitBytes").asLong()).isEqualTo(MAX_BODY_BYTES);
    }

    @Test
    void getErrorDirectlyGets404InTheErrorModel() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/error")).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("not_found");
        assertThat(json(response).has("details")).isTrue();
    }

    @Test
    void anEsignCallbackWhoseReasonWouldExceed1000CharactersGets400() {
        int inboxBefore = count("inbox");
        String body = EsignContracts.flowComplete("flow-" + UUID.randomUUID(), "3", Instant.now())
                .replace("\"statusDescription\":\"test\"", "\"statusDescription\":\"" + "撤".repeat(1000) + "\"");

        HttpResponse<String> response = send(EsignContracts.signedCallback(uri("/webhooks/esign"), body,
                EsignContracts.APP_SECRET, Instant.now()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("evidence.reason");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    private HttpResponse<String> postEvidence(String contractId, String actor, String reason, String attachmentRef) {
        return apiPost("/api/contracts/" + contractId + "/evidence", """
                {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"%s","reason":"%s"%s}"""
                .formatted(actor, reason, attachmentRef == null ? "" : ",\"attachmentRef\":\"" + attachmentRef + "\""));
    }

    private HttpResponse<String> postMultipart(String path, Multipart multipart) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY)
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
    }

    /** One part named {@code field}; without its closing boundary when not {@code complete}. */
    private static Multipart multipart(String field, String partType, byte[] content, boolean complete) {
        String boundary = "part-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"part.bin\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (complete) {
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private record Multipart(String contentType, byte[] body) {
    }
}
