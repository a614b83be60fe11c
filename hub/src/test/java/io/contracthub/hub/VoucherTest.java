package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.ocr.OcrSamples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class VoucherTest extends HubIntegrationTest {

    // the sample vouchers' serial numbers are unique per sample; a serial verified for one contract is refused for another
    @Test
    void aVoucherMatchingTheContractClosesTheDownPaymentAndMakesTheContractGreen() {
        String id = claimedContract();
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");

        HttpResponse<String> upload = upload(id, OcrSamples.DOWN_PAYMENT.image(), "slip.png");

        assertThat(upload.statusCode()).isEqualTo(202);
        // the answer shows the voucher as it is when answered: a fast recognition may already have verified it
        assertThat(json(upload).path("status").asText()).isIn("PENDING_RECOGNITION", "VERIFIED");
        JsonNode contract = awaitContract(id, "EFFECTIVE");
        assertThat(contract.path("tier").asText()).isEqualTo("GREEN");
        JsonNode last = lastTimelineEntry(id);
        assertThat(last.path("sourceSystem").asText()).isEqualTo("ocr");
        assertThat(last.path("facet").asText()).isEqualTo("DOWN_PAYMENT");
        assertThat(last.path("reason").asText()).contains("verified").contains("813600.32").contains("SN20261121000001");
    }

    @Test
    void aPayerOtherThanTheCustomerIsRejectedWithTheReason() {
        String id = claimedContract();

        upload(id, OcrSamples.OTHER_PAYER.image(), "slip.png");

        JsonNode failed = awaitDownPayment(id, "FAILED");
        assertThat(failed.path("lastReason").asText()).contains("payer \"华南贸易有限公司\" is not the customer");
    }

    @Test
    void anAmountShortOfTheDownPaymentIsRejectedWithTheReason() {
        String id = claimedContract();

        upload(id, OcrSamples.AMOUNT_SHORT.image(), "slip.png");

        JsonNode failed = awaitDownPayment(id, "FAILED");
        assertThat(failed.path("lastReason").asText()).contains("amount 500000.00 is less than the required down payment 813600.32");
    }

    @Test
    void aProviderThatTimesOutLeavesTheVoucherPending() {
        String id = claimedContract();

        long voucherId = json(upload(id, OcrSamples.SLOW.image(), "slip.png")).path("id").asLong();

        Integer attempts = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "SELECT attempts FROM voucher WHERE id = ?", Integer.class, voucherId), a -> a >= 1);
        assertThat(jdbc.queryForObject("SELECT status FROM voucher WHERE id = ?", String.class, voucherId))
                .isEqualTo("PENDING_RECOGNITION");
        assertThat(attempts).isPositive();
        // the voucher would be tried again later; the rest of the suite does not need a slow provider in the way
        jdbc.update("UPDATE voucher SET status = 'UNREADABLE' WHERE id = ?", voucherId);
    }

    @Test
    void aFileThatIsNotAnImageOrPdfGets415() {
        String id = claimedContract();

        HttpResponse<String> response = upload(id, "plain text".getBytes(StandardCharsets.UTF_8), "note.txt");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("code").asText()).isEqualTo("unsupported_voucher_type");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE contract_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aVoucherOverTheLimitGets413() {
        String id = claimedContract();
        byte[] large = Arrays.copyOf(OcrSamples.DOWN_PAYMENT.image(), 1_000_001);

        HttpResponse<String> response = upload(id, large, "large.png");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("code").asText()).isEqualTo("voucher_too_large");
    }

    private JsonNode awaitDownPayment(String id, String status) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode facet : json(apiGet("/api/contracts/" + id)).path("facets")) {
                if ("DOWN_PAYMENT".equals(facet.path("facet").asText())) {
                    return facet;
                }
            }
            return null;
        }, facet -> facet != null && status.equals(facet.path("status").asText()));
    }

    private JsonNode lastTimelineEntry(String id) {
        JsonNode timeline = json(apiGet("/api/contracts/" + id + "/timeline"));
        return timeline.get(timeline.size() - 1);
    }

    private HttpResponse<String> upload(String contractId, byte[] file, String fileName) {
        String boundary = "voucher-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/contracts/" + contractId + "/vouchers")).header("X-Api-Key", API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
