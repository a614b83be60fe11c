package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.esign.EsignSimulator;
import org.junit.jupiter.api.BeforeEach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/** Shared steps of the esign tests: a contract claimed by sales, sent for signing, and its sign flow id. */
abstract class EsignIntegrationTest extends HubIntegrationTest {

    protected EsignSimulator esign;

    @BeforeEach
    void pointTheSimulatorAtThisHub() {
        esign = EsignSimulatorForTests.simulator();
        // the test hub gives esign no notifyUrl, so callbacks go where esign's console says
        esign.pushCallbacksTo(uri("/webhooks/esign").toString());
    }

    /** A contract whose customer segment the test configuration signs through esign, claimed by sales. */
    protected String claimedContractInSigning() {
        String number = uniqueNumber();
        postCrm(CrmEvents.event("crm-evt-" + number, Instant.now(), number, "SIGNED", EsignContracts.SIGNING_SEGMENT));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    /** Generous: the flow waits for the contract's PDF to be rendered (the first render loads the font) and uploaded. */
    protected String awaitSignFlowId(String contractId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode flows = json(apiGet("/api/contracts/" + contractId + "/signature/flows"));
            return flows.size() == 1 && flows.get(0).path("signFlowId").isTextual() ? flows.get(0).path("signFlowId").asText() : null;
        }, flowId -> flowId != null);
    }

    protected HttpResponse<String> postEsign(String body) {
        return send(EsignContracts.signedCallback(uri("/webhooks/esign"), body, EsignContracts.APP_SECRET, Instant.now()));
    }

    protected JsonNode timeline(String contractId) {
        return json(apiGet("/api/contracts/" + contractId + "/timeline"));
    }

    protected JsonNode signatureFacet(JsonNode contract) {
        for (JsonNode facet : contract.path("facets")) {
            if ("SIGNATURE".equals(facet.path("facet").asText())) {
                return facet;
            }
        }
        throw new AssertionError("no SIGNATURE facet in " + contract);
    }

    protected JsonNode awaitTimelineSize(String contractId, int size) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> timeline(contractId), t -> t.size() == size);
    }
}
