package io.contracthub.hub;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.net.http.HttpResponse;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class ContractApiTest extends HubIntegrationTest {

    @Test
    void apiWithoutKeyGets401() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/contracts")).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("api_key_missing");
    }

    @Test
    void apiWithWrongKeyGets401() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/contracts")).header("X-Api-Key", "guess").GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("api_key_invalid");
    }

    @Test
    void unknownContractGets404WithTheErrorModel() {
        HttpResponse<String> response = apiGet("/api/contracts/ch-does-not-exist");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("contract_not_found");
        assertThat(json(response).path("message").asText()).contains("ch-does-not-exist");
        assertThat(json(response).has("details")).isTrue();
    }

    @Test
    void contractsAreListedByTierAndState() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");

        HttpResponse<String> red = apiGet("/api/contracts?tier=RED&state=CLAIMED_BY_SALES&size=200");
        HttpResponse<String> green = apiGet("/api/contracts?tier=GREEN&state=CLAIMED_BY_SALES");

        assertThat(json(red).path("items").findValuesAsText("id")).contains(id);
        assertThat(json(green).path("items").findValuesAsText("id")).doesNotContain(id);
        assertThat(json(red).path("total").asLong()).isPositive();
    }

    @Test
    void unknownTierGets400() {
        HttpResponse<String> response = apiGet("/api/contracts?tier=PURPLE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_parameter");
    }

    @Test
    void manualEvidenceWithoutActorOrReasonGets400AndChangesNothing() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence", "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("missing_field");
        assertThat(json(response).at("/details/fields").has("actor")).isTrue();
        assertThat(json(response).at("/details/fields").has("reason")).isTrue();
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(1);
    }

    @Test
    void manualEvidenceWithUnknownFacetGets400NamingTheField() {
        HttpResponse<String> response = apiPost("/api/contracts/any/evidence",
                "{\"facet\":\"HOROSCOPE\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("facet");
    }

    @Test
    void manualEvidenceWithMalformedJsonGets400() {
        HttpResponse<String> response = apiPost("/api/contracts/any/evidence", "{\"facet\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("malformed_json");
    }

    @Test
    void manualEvidenceOnUnknownContractGets404() {
        HttpResponse<String> response = apiPost("/api/contracts/ch-nope/evidence",
                "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("contract_not_found");
    }

    @Test
    void retriedManualEvidenceWithTheSameRequestIdIsRecordedOnce() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        String body = "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\",\"requestId\":\"op-1\"}";

        apiPost("/api/contracts/" + id + "/evidence", body);
        apiPost("/api/contracts/" + id + "/evidence", body);

        assertThat(json(apiGet("/api/contracts/" + id + "/timeline"))).hasSize(2);
    }

    @Test
    void aRequestIdReusedWithAnotherBodyGets409AndChangesNothing() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        apiPost("/api/contracts/" + id + "/evidence",
                "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\",\"requestId\":\"op-2\"}");

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence",
                "{\"facet\":\"SIGNATURE\",\"outcome\":\"WITHDRAWN\",\"actor\":\"a\",\"reason\":\"r\",\"requestId\":\"op-2\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("code").asText()).isEqualTo("request_id_reused");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("requestId");
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline")).findValuesAsText("outcome")).containsExactly("CONFIRMED", "CONFIRMED");
    }

    @Test
    void manualEvidenceMoreThanFiveMinutesAheadGets400() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/evidence",
                "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\",\"occurredAt\":\""
                        + Instant.now().plus(Duration.ofMinutes(6)) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(response).at("/details/field").asText()).isEqualTo("occurredAt");
        assertThat(json(response).path("message").asText()).contains("5 minutes");
    }

    @Test
    void healthAndPrometheusAreExposed() {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build()).body()).contains("jvm_memory_used_bytes");
    }
}
