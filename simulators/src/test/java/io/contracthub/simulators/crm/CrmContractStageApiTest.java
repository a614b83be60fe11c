package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /crm/contracts/{number}}: the contract's current stage, as the hub's contract 360 reads it. */
class CrmContractStageApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private HubStub hub;
    private CrmSimulator simulator;

    @BeforeEach
    void startHubAndSimulator() throws Exception {
        hub = new HubStub();
        simulator = new CrmSimulator(new CrmSimulatorSettings(hub.webhookUrl(), "whsec_test", 0));
        simulator.start();
    }

    @AfterEach
    void stopAll() {
        simulator.stop();
        hub.close();
    }

    @Test
    void answersTheStageOfTheLastEventAnnounced() throws Exception {
        simulator.sendStage("HT-2026-0360", "SIGNED");
        simulator.sendStage("HT-2026-0360", "REOPENED");

        HttpResponse<String> response = get("/crm/contracts/HT-2026-0360");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("number").asText()).isEqualTo("HT-2026-0360");
        assertThat(answer.path("salesStage").asText()).isEqualTo("REOPENED");
        assertThat(answer.path("stageChangedAt").asText()).isNotBlank();
    }

    @Test
    void anUnknownContractIsNotFound() throws Exception {
        HttpResponse<String> response = get("/crm/contracts/HT-NEVER-SEEN");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("not_found");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
