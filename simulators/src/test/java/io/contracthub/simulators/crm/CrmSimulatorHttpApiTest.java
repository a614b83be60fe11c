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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator as a person or the sandbox drives it over HTTP. */
class CrmSimulatorHttpApiTest {

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
    void listensOnTheLoopbackInterfaceOnAFreePort() {
        assertThat(simulator.port()).isPositive();
    }

    @Test
    void postingAStageSendsTheEventAndAnswersWithTheHubsReply() throws Exception {
        HttpResponse<String> response = post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode answer = JSON.readTree(response.body());
        String eventId = JSON.readTree(hub.last().rawBody()).get("eventId").asText();
        assertThat(answer.get("eventId").asText()).isEqualTo(eventId);
        assertThat(answer.get("hubStatus").asInt()).isEqualTo(202);
        assertThat(answer.get("hubResponse")).isEqualTo(JSON.readTree("{\"status\":\"accepted\"}"));
    }

    @Test
    void aHubReplyThatIsNotJsonIsPassedOnAsText() throws Exception {
        hub.replyWith(503, "down for maintenance");

        JsonNode answer = JSON.readTree(post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\"}").body());

        assertThat(answer.get("hubStatus").asInt()).isEqualTo(503);
        assertThat(answer.get("hubResponse").asText()).isEqualTo("down for maintenance");
    }

    @Test
    void extraFieldsInTheStageRequestChangeTheContract() throws Exception {
        post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"NEGOTIATING\",\"segment\":\"EDUCATION\"}");

        JsonNode event = JSON.readTree(hub.last().rawBody());
        assertThat(event.at("/contract/customer/segment").asText()).isEqualTo("EDUCATION");
        assertThat(event.at("/contract/salesStage").asText()).isEqualTo("NEGOTIATING");
    }

    @Test
    void resendPostsTheSameEventAgain() throws Exception {
        String eventId = JSON.readTree(post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\"}").body())
                .get("eventId").asText();

        HttpResponse<String> response = post("/crm/events/" + eventId + "/resend", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("eventId").asText()).isEqualTo(eventId);
        assertThat(hub.received()).hasSize(2);
        assertThat(hub.received().get(1).body()).isEqualTo(hub.received().get(0).body());
    }

    @Test
    void theJournalListsEveryDelivery() throws Exception {
        post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\"}");
        SentEvent sent = simulator.journal().get(0);

        HttpResponse<String> response = get("/crm/journal");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode journal = JSON.readTree(response.body());
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).get("eventId").asText()).isEqualTo(sent.eventId());
        assertThat(journal.get(0).get("contractNumber").asText()).isEqualTo("HT-2026-0001");
        assertThat(journal.get(0).get("stage").asText()).isEqualTo("SIGNED");
        assertThat(journal.get(0).get("hubStatus").asInt()).isEqualTo(202);
        assertThat(journal.get(0).get("sentAt").asText()).isEqualTo(sent.sentAt().toString());
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        assertError(post("/crm/contracts/HT-2026-0001/stage", "stage=SIGNED"), 400, "invalid_json");
        assertError(post("/crm/contracts/HT-2026-0001/stage", "[\"SIGNED\"]"), 400, "invalid_json");
        assertThat(hub.received()).isEmpty();
    }

    @Test
    void aMissingOrUnknownStageIsABadRequest() throws Exception {
        assertError(post("/crm/contracts/HT-2026-0001/stage", "{}"), 400, "invalid_request");
        assertError(post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":7}"), 400, "invalid_request");
        assertError(post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"ON_HOLD\"}"), 400, "invalid_request");
        assertThat(hub.received()).isEmpty();
    }

    @Test
    void anUnknownContractFieldIsABadRequest() throws Exception {
        JsonNode error = assertError(
                post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\",\"segmnet\":\"EDUCATION\"}"),
                400, "invalid_request");

        assertThat(error.get("message").asText()).contains("segmnet");
    }

    @Test
    void resendingAnUnknownEventIsNotFound() throws Exception {
        assertError(post("/crm/events/crm-evt-unknown/resend", ""), 404, "not_found");
    }

    @Test
    void anUnknownRouteIsNotFoundAndAWrongMethodIsNotAllowed() throws Exception {
        assertError(get("/crm/nothing-here"), 404, "not_found");
        assertError(get("/crm/contracts/HT-2026-0001/stage"), 405, "method_not_allowed");
        assertError(post("/crm/journal", ""), 405, "method_not_allowed");
    }

    @Test
    void anUnreachableHubIsABadGatewayNamingTheEvent() throws Exception {
        hub.close();

        HttpResponse<String> response = post("/crm/contracts/HT-2026-0001/stage", "{\"stage\":\"SIGNED\"}");

        JsonNode error = assertError(response, 502, "hub_unreachable");
        assertThat(error.get("eventId").asText()).isEqualTo(simulator.journal().get(0).eventId());
    }

    @Test
    void stopFreesThePort() {
        simulator.stop();

        assertThatThrownBy(() -> simulator.port()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeStartedTwice() {
        assertThatThrownBy(() -> simulator.start()).isInstanceOf(IllegalStateException.class);
    }

    private JsonNode assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        return error;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + simulator.port() + path);
    }
}
