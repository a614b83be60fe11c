package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class CrmWebhookTest extends HubIntegrationTest {

    @Test
    void signedEventIsAcceptedAndBecomesTheCanonicalContractClaimedBySales() {
        String number = uniqueNumber();

        HttpResponse<String> response = postCrm(event(number, "SIGNED"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("status").asText()).isEqualTo("accepted");
        JsonNode contract = awaitContract(awaitContractId(number), "CLAIMED_BY_SALES");
        assertThat(contract.path("tier").asText()).as("only sales says so").isEqualTo("RED");
        assertThat(contract.at("/terms/customer/creditCode").asText()).isEqualTo(CrmEvents.VALID_CREDIT_CODE);
        assertThat(contract.at("/terms/totals/net").decimalValue()).isEqualByComparingTo("2400001.01");
        assertThat(contract.at("/terms/totals/tax").decimalValue()).isEqualByComparingTo("312000.06");
        assertThat(contract.at("/terms/totals/gross").decimalValue()).isEqualByComparingTo("2712001.07");
        assertThat(contract.at("/terms/paymentTerms/requiredDownPayment").decimalValue()).isEqualByComparingTo("813600.32");
    }

    @Test
    void duplicateEventIsAcknowledgedAndLeavesTheTimelineUnchanged() {
        String number = uniqueNumber();
        String body = event("crm-evt-dup-" + number, Instant.now(), number, "SIGNED", "HOSPITAL");
        assertThat(postCrm(body).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        String timelineBefore = apiGet("/api/contracts/" + id + "/timeline").body();

        HttpResponse<String> again = postCrm(body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("duplicate");
        assertThat(apiGet("/api/contracts/" + id + "/timeline").body()).isEqualTo(timelineBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE source_event_id = ?", Integer.class,
                "crm-evt-dup-" + number)).isEqualTo(1);
    }

    @Test
    void badSignatureGets401AndStoresNothing() {
        String body = event(uniqueNumber(), "SIGNED");
        int inboxBefore = count("inbox");
        String forged = new io.contracthub.connectors.auth.TimestampedSignatureScheme("whsec_wrong", Duration.ofMinutes(5))
                .header(Instant.now().getEpochSecond(), bytes(body));

        HttpResponse<String> response = postCrm(body, forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void tamperedBodyGets401() {
        String body = event(uniqueNumber(), "SIGNED");
        String header = crmSigning.header(Instant.now().getEpochSecond(), bytes(body));

        HttpResponse<String> response = postCrm(body.replace("2400000.00", "1.00"), header);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
    }

    @Test
    void staleTimestampGets401() {
        String body = event(uniqueNumber(), "SIGNED");
        String header = crmSigning.header(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond(), bytes(body));

        HttpResponse<String> response = postCrm(body, header);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("timestamp_outside_tolerance");
    }

    @Test
    void missingSignatureGets401() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_missing");
    }

    @Test
    void malformedJsonGets400AndStoresNothing() {
        int inboxBefore = count("inbox");

        HttpResponse<String> response = postCrm("{\"eventId\": \"x\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("malformed_json");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void missingEventIdGets400NamingTheField() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED").replaceFirst("\"eventId\": \"[^\"]+\",", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("missing_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("eventId");
    }

    @Test
    void wrongTypeGets400NamingTheField() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED").replace("\"quantity\": \"1\"", "\"quantity\": \"one\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("contract.lines[0].quantity");
    }

    @Test
    void invalidCreditCodeGets400WithTheViolatedRule() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED")
                .replace("\"creditCode\": \"" + CrmEvents.VALID_CREDIT_CODE, "\"creditCode\": \"91310000MA1FL8XQ30"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(json(response).at("/details/violations/0/field").asText()).isEqualTo("contract.customer.creditCode");
    }

    @Test
    void bodyOverOneMebibyteGets413() {
        String huge = "{\"padding\":\"" + "x".repeat(1_100_000) + "\"}";

        HttpResponse<String> response = postCrm(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void unknownSystemGets404() {
        HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri("/webhooks/nowhere"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("unknown_system");
    }
}
