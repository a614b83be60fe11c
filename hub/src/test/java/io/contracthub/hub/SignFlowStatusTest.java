package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign flows of a contract show what the hub knows of them, however it learnt it. */
class SignFlowStatusTest extends EsignIntegrationTest {

    @Test
    void aFlowStillSigningShowsAsCreated() {
        String id = claimedContractInSigning();
        awaitSignFlowId(id);

        JsonNode flows = json(apiGet("/api/contracts/" + id + "/signature/flows"));

        assertThat(flows.get(0).path("state").asText()).isEqualTo("CREATED");
    }

    @Test
    void aFlowCompletedByEsignsCallbackShowsAsFinal() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        postEsign(EsignContracts.flowComplete(flowId, "2", Instant.now()));
        awaitContract(id, "SIGNED");

        JsonNode flows = json(apiGet("/api/contracts/" + id + "/signature/flows"));
        assertThat(flows.get(0).path("signFlowId").asText()).isEqualTo(flowId);
        assertThat(flows.get(0).path("state").asText()).isEqualTo("FINAL");
    }
}
