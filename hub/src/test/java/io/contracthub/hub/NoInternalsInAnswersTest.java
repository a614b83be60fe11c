package io.contracthub.hub;

import io.contracthub.simulators.ocr.OcrSamples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers name fields and limits, never the server's paths, files or the parsers' own words. */
class NoInternalsInAnswersTest extends HubIntegrationTest {

    @Test
    void anUploadedVoucherIsAnsweredWithoutItsStoragePath() {
        String id = claimedContract();

        HttpResponse<String> upload = uploadVoucher(id);

        assertThat(upload.statusCode()).isEqualTo(202);
        assertThat(json(upload).has("storagePath")).isFalse();
        assertThat(upload.body()).doesNotContain("vouchers/").doesNotContain("contract-hub-test");
    }

    @Test
    void theVoucherListCarriesNoStoragePath() {
        String id = claimedContract();
        uploadVoucher(id);

        HttpResponse<String> list = apiGet("/api/contracts/" + id + "/vouchers");

        assertThat(json(list)).hasSize(1);
        assertThat(json(list).get(0).has("storagePath")).isFalse();
        assertThat(list.body()).doesNotContain("contract-hub-test");
    }

    @Test
    void aWecomCallbackWithADoctypeGets400WithoutTheParsersFeatureUri() {
        String xml = "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>";

        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        uri("/webhooks/wecom?msg_signature=abc&timestamp=1700000000&nonce=n1"))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("undecryptable_body");
        assertThat(response.body()).doesNotContain("apache.org").doesNotContain("http://").doesNotContain("feature");
    }

    @Test
    void aCrmEventThatDoesNotFitTheMappingGets400WithoutTheMappingFile() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED").replaceFirst("\"lines\": \\[", "\"lines\": \"none\", \"x\": ["));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("unmappable_event");
        assertThat(response.body()).doesNotContain(".jslt").doesNotContain("mappings/");
    }

    @Test
    void malformedCrmJsonGets400WithThePositionNotTheParsersMessage() {
        HttpResponse<String> response = postCrm("{\"eventId\": \"e1\",\n \"contract\": {]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("malformed_json");
        assertThat(json(response).at("/details/line").asInt()).isEqualTo(2);
        assertThat(json(response).at("/details/column").asInt()).isPositive();
        assertThat(response.body()).doesNotContain("Unexpected character").doesNotContain("code 93");
    }

    private HttpResponse<String> uploadVoucher(String contractId) {
        String boundary = "voucher-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slip.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(OcrSamples.OTHER_PAYER.image());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/contracts/" + contractId + "/vouchers")).header("X-Api-Key", API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
