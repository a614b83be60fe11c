package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The race of the security issue (item 6): the CRM reports the deal signed, people record the signature, down payment
 * and technical agreement by hand at once, and esign's "sign flow created, waiting" evidence is journalled after them.
 */
class LateSignFlowPendingTest extends EsignIntegrationTest {

    private static final List<String> TRIGGER_QUEUES =
            List.of("finance.invoicing-tasks", "supplychain.stocking-instructions", "project.scheduling-requests");

    @Test
    void aSignFlowCreatedWhileTheSignatureIsConfirmedByHandLeavesTheContractEffectiveWithItsTriggersFiredOnce() {
        String number = uniqueNumber();
        Instant claimedAt = Instant.now();
        postCrm(CrmEvents.event("crm-evt-" + number, claimedAt, number, "SIGNED", EsignContracts.SIGNING_SEGMENT));
        String id = awaitContractId(number);

        // dated when the paper was signed, before esign's flow is created: whichever of the two the hub journals first,
        // the sign flow's PENDING is the later-dated evidence, as in the race
        recordManualAt(id, "SIGNATURE", "legal.wang", claimedAt);
        recordManualAt(id, "DOWN_PAYMENT", "finance.zhao", Instant.now());
        recordManualAt(id, "TECHNICAL_AGREEMENT", "legal.wang", Instant.now());
        String flowId = awaitSignFlowId(id);
        JsonNode timeline = awaitTimelineSize(id, 5);

        int flowCreated = indexOf(timeline, "SIGN_FLOW_CREATED:" + flowId);
        assertThat(timeline.get(flowCreated).path("outcome").asText()).isEqualTo("PENDING");
        assertThat(timeline.get(flowCreated).path("lifecycleAfter").asText()).as("the pending changed no state")
                .isEqualTo(timeline.get(flowCreated - 1).path("lifecycleAfter").asText());
        assertThat(timeline.get(flowCreated).path("triggers")).isEmpty();
        JsonNode contract = json(apiGet("/api/contracts/" + id));
        assertThat(contract.path("lifecycle").asText()).isEqualTo("EFFECTIVE");
        assertThat(contract.path("tier").asText()).isEqualTo("GREEN");
        assertThat(signatureFacet(contract).path("lastSourceSystem").asText()).isEqualTo("manual");
        assertThat(timeline.findValuesAsText("trigger")).containsExactlyInAnyOrder(
                "esign.sign-flow", "finance.invoicing", "supplychain.stocking", "project.scheduling");
        for (String queue : TRIGGER_QUEUES) {
            assertThat(jms.receiveSelected(queue, "HubContractId = '" + id + "'")).as(queue).isNotNull();
        }
        jms.setReceiveTimeout(500);
        for (String queue : TRIGGER_QUEUES) {
            assertThat(jms.receiveSelected(queue, "HubContractId = '" + id + "'")).as("second message on " + queue).isNull();
        }
    }

    private void recordManualAt(String contractId, String facet, String actor, Instant occurredAt) {
        HttpResponse<String> response = apiPost("/api/contracts/" + contractId + "/evidence", """
                {"facet":"%s","outcome":"CONFIRMED","actor":"%s","reason":"checked by %s","occurredAt":"%s"}"""
                .formatted(facet, actor, actor, occurredAt));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static int indexOf(JsonNode timeline, String sourceEventId) {
        for (int i = 0; i < timeline.size(); i++) {
            if (sourceEventId.equals(timeline.get(i).path("sourceEventId").asText())) {
                return i;
            }
        }
        throw new AssertionError("no journal entry " + sourceEventId + " in " + timeline);
    }
}
