package io.contracthub.hub;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** A sender's mistake is answered with a 4xx in the error model, never a 500, and changes nothing. */
class InputRejectionTest extends HubIntegrationTest {

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

    private String claimedContract() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    private HttpResponse<String> postEvidence(String contractId, String actor, String reason, String attachmentRef) {
        return apiPost("/api/contracts/" + contractId + "/evidence", """
                {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"%s","reason":"%s"%s}"""
                .formatted(actor, reason, attachmentRef == null ? "" : ",\"attachmentRef\":\"" + attachmentRef + "\""));
    }
}
