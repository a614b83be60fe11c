package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.esign.EsignSimulator;
import io.contracthub.simulators.esign.SimulatedSignFlow;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EsignSignFlowTest extends EsignIntegrationTest {

    @Test
    void claimingAContractCreatesASignFlowForItsPartiesAndRecordsItAsPendingSignature() {
        String id = claimedContractInSigning();

        String flowId = awaitSignFlowId(id);

        SimulatedSignFlow flow = esign.flow(flowId).orElseThrow();
        String number = json(apiGet("/api/contracts/" + id)).path("contractNumber").asText();
        assertThat(flow.title()).isEqualTo(number);
        assertThat(flow.autoFinish()).isTrue();
        assertThat(flow.request().at("/signers/0/orgSignerInfo/orgName").asText()).isEqualTo("华东医疗器械有限公司");
        assertThat(flow.request().at("/signers/0/orgSignerInfo/orgInfo/orgIDCardNum").asText()).isEqualTo(CrmEvents.VALID_CREDIT_CODE);
        assertThat(flow.request().at("/signers/1/orgSignerInfo/orgName").asText()).isEqualTo("Contract Hub Demo Seller");
        JsonNode pending = awaitTimelineSize(id, 2).get(1);
        assertThat(pending.path("sourceSystem").asText()).isEqualTo("esign");
        assertThat(pending.path("facet").asText()).isEqualTo("SIGNATURE");
        assertThat(pending.path("outcome").asText()).isEqualTo("PENDING");
        assertThat(pending.path("reason").asText()).contains(flowId);
    }

    @Test
    void contractsOfOtherSegmentsAreNotSentForSigning() {
        String number = uniqueNumber();
        postCrm(CrmEvents.event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> json(apiGet("/api/contracts/" + id + "/signature/flows")).size() == 0);
        assertThat(esign.flows()).noneMatch(flow -> flow.title().equals(number));
    }

    @Test
    void simulatorCompletingTheFlowTwiceAndOutOfOrderSignsTheContractOnce() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        esign.finish(flowId, EsignSimulator.COMPLETED, new EsignSimulator.Delivery(2, true, true, true));

        JsonNode contract = awaitContract(id, "SIGNED");
        assertThat(signatureFacet(contract).path("status").asText())
                .as("the signers' older PENDING notices arriving late do not reopen the signature").isEqualTo("CLOSED");
        JsonNode timeline = timeline(id);
        assertThat(timeline.findValuesAsText("sourceEventId").stream().filter(e -> e.startsWith("SIGN_FLOW_COMPLETE:")))
                .containsExactly("SIGN_FLOW_COMPLETE:" + flowId + ":2");
        assertThat(esign.journal().stream().filter(entry -> entry.direction().equals("callback")
                && entry.body().contains(flowId))).hasSize(6).allMatch(entry -> entry.status() / 100 == 2);
    }

    @Test
    void flowRevokedAfterEffectiveMovesTheContractOutOfEffectiveAndTheTimelineSaysWhy() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        awaitTimelineSize(id, 2);
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        assertThat(recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang").path("lifecycle").asText())
                .isEqualTo("EFFECTIVE");

        esign.finish(flowId, EsignSimulator.REVOKED, EsignSimulator.Delivery.standard());

        JsonNode contract = awaitContract(id, "CLAIMED_BY_SALES");
        assertThat(signatureFacet(contract).path("status").asText()).isEqualTo("OPEN");
        JsonNode last = timeline(id).get(timeline(id).size() - 1);
        assertThat(last.path("sourceSystem").asText()).isEqualTo("esign");
        assertThat(last.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(last.path("reason").asText()).isEqualTo("esign sign flow " + flowId + " revoked: 撤销");
        assertThat(last.path("lifecycleAfter").asText()).isEqualTo("CLAIMED_BY_SALES");
        assertThat(last.path("triggers")).as("leaving EFFECTIVE starts no new sign flow").isEmpty();
    }

    @Test
    void reconcileRecordsTheFinalStatusEsignReports() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        esign.finish(flowId, EsignSimulator.COMPLETED, new EsignSimulator.Delivery(1, true, false, false));

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/signature/reconcile", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("signFlowId").asText()).isEqualTo(flowId);
        assertThat(json(response).path("status").asText()).isEqualTo("COMPLETED");
        awaitContract(id, "SIGNED");
        // the signed copy is journalled on the same facet afterwards: look for the completion in the timeline
        JsonNode timeline = json(apiGet("/api/contracts/" + id + "/timeline"));
        assertThat(timeline.findValuesAsText("sourceEventId")).contains("SIGN_FLOW_COMPLETE:" + flowId + ":2");
    }

    @Test
    void aFlowWhoseCallbackIsOverdueIsQueriedOnSchedule() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        esign.finish(flowId, EsignSimulator.EXPIRED, new EsignSimulator.Delivery(1, false, false, false));

        JsonNode contract = await().atMost(Duration.ofSeconds(15)).until(() -> json(apiGet("/api/contracts/" + id)),
                c -> "WITHDRAWN".equals(signatureFacet(c).path("lastOutcome").asText()));
        assertThat(signatureFacet(contract).path("lastReason").asText()).contains("expired").contains("found by query");
    }

    @Test
    void reconcileWithoutASignFlowGets404() {
        String number = uniqueNumber();
        postCrm(CrmEvents.event(number, "SIGNED"));
        String id = awaitContractId(number);

        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/signature/reconcile", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("sign_flow_not_found");
    }
}
