package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EsignCallbackTest extends EsignIntegrationTest {

    @Test
    void completedFlowCallbackIsAcceptedAndSignsTheContract() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        HttpResponse<String> response = postEsign(EsignContracts.flowComplete(flowId, "2", Instant.now()));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode contract = awaitContract(id, "SIGNED");
        assertThat(contract.path("tier").asText()).as("esign is independent of sales").isEqualTo("YELLOW");
        assertThat(signatureFacet(contract).path("status").asText()).isEqualTo("CLOSED");
        // the signed copy may be journalled on the same facet afterwards: look for the completion in the timeline
        assertThat(json(apiGet("/api/contracts/" + id + "/timeline")).findValuesAsText("sourceEventId"))
                .contains("SIGN_FLOW_COMPLETE:" + flowId + ":2");
    }

    @Test
    void aCallbackToAUrlWithAQueryIsVerifiedOverThatQuerysValues() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        // not the configured notify URL (blank in the tests): esign signs the query of the URL it called
        URI withQuery = URI.create(uri("/webhooks/esign") + "?tenant=east&channel=%E5%8D%8E%E4%B8%9C");

        HttpResponse<String> response = send(EsignContracts.signedCallback(withQuery,
                EsignContracts.flowComplete(flowId, "2", Instant.now()), EsignContracts.APP_SECRET, Instant.now()));

        assertThat(response.statusCode()).isEqualTo(202);
        awaitContract(id, "SIGNED");
    }

    @Test
    void aCallbackWhoseSignatureLeavesOutTheQueryOfTheUrlItCameToGets401() {
        int inboxBefore = count("inbox");
        URI withQuery = URI.create(uri("/webhooks/esign") + "?tenant=east");

        HttpResponse<String> response = send(EsignContracts.signedCallback(withQuery,
                EsignContracts.flowComplete("flow-query", "2", Instant.now()), EsignContracts.APP_SECRET, Instant.now(), ""));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void rejectedFlowRejectsTheContract() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        postEsign(EsignContracts.flowComplete(flowId, "7", Instant.now()));

        JsonNode contract = awaitContract(id, "REJECTED");
        assertThat(signatureFacet(contract).path("lastOutcome").asText()).isEqualTo("REJECTS_CONTRACT");
        assertThat(signatureFacet(contract).path("lastReason").asText()).isEqualTo("esign sign flow " + flowId + " rejected: test");
    }

    @Test
    void badSignatureGets401AndStoresNothing() {
        int inboxBefore = count("inbox");
        String body = EsignContracts.flowComplete("flow-forged", "2", Instant.now());

        HttpResponse<String> response = send(EsignContracts.signedCallback(uri("/webhooks/esign"), body, "not-the-secret", Instant.now()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void staleTimestampGets401AndStoresNothing() {
        int inboxBefore = count("inbox");
        String body = EsignContracts.flowComplete("flow-stale", "2", Instant.now());

        HttpResponse<String> response = send(EsignContracts.signedCallback(uri("/webhooks/esign"), body, EsignContracts.APP_SECRET,
                Instant.now().minus(Duration.ofMinutes(16))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("timestamp_outside_tolerance");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void duplicateCallbackIsAcknowledgedWithoutEffect() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        String body = EsignContracts.flowComplete(flowId, "2", Instant.now());
        assertThat(postEsign(body).statusCode()).isEqualTo(202);
        awaitContract(id, "SIGNED");
        String timelineBefore = apiGet("/api/contracts/" + id + "/timeline").body();

        HttpResponse<String> again = postEsign(body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("duplicate");
        assertThat(apiGet("/api/contracts/" + id + "/timeline").body()).isEqualTo(timelineBefore);
    }

    @Test
    void unknownActionIsAcknowledgedAndHasNoEffect() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        JsonNode timelineBefore = awaitTimelineSize(id, 2);
        String body = "{\"action\":\"OPERATOR_READ\",\"timestamp\":" + Instant.now().toEpochMilli() + ",\"signFlowId\":\"" + flowId + "\"}";

        HttpResponse<String> response = postEsign(body);

        assertThat(response.statusCode()).isEqualTo(202);
        long inboxId = json(response).path("inboxId").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT status FROM inbox WHERE id = ?",
                String.class, inboxId), "PROCESSED"::equals);
        assertThat(timeline(id)).isEqualTo(timelineBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal WHERE source_event_id LIKE 'OPERATOR_READ:%'", Integer.class))
                .isZero();
    }

    @Test
    void callbackAboutAFlowTheHubDidNotStartIsRetriedThenDeadLettered() {
        String unknownFlow = "flow-unknown-" + uniqueNumber();

        assertThat(postEsign(EsignContracts.flowComplete(unknownFlow, "2", Instant.now())).statusCode()).isEqualTo(202);

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(15)).until(() -> deadLetterFor(unknownFlow), d -> d != null);
        assertThat(deadLetter.path("origin").asText()).isEqualTo("INBOX");
        assertThat(deadLetter.path("reason").asText()).contains("gave up after 3 attempts")
                .contains("No contract is linked to esign key " + unknownFlow);
    }

    private JsonNode deadLetterFor(String contractKey) {
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if (contractKey.equals(item.path("contractId").asText())) {
                return item;
            }
        }
        return null;
    }
}
