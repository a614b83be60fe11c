package io.contracthub.simulators.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulator's WireMock server: stub files (test resources, {@code wiremock/loopback-test}) answer first, the
 * simulator's code the rest, and WireMock's request journal lists what came in.
 */
class SimulatorWireMockServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final SimulatorWireMockServer server = SimulatorWireMockServer.start("loopback-test", 0, (request, stubbed) ->
            stubbed != null ? stubbed : ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withBody("code answered " + request.getMethod().getName() + " " + RequestLine.rawPath(request)).build());

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aStubFileAnswersTheRequestItMatches() throws Exception {
        HttpResponse<String> answer = get("/greeting");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(answer.body()).path("greeting").asText()).isEqualTo("from a stub file");
    }

    @Test
    void theSimulatorsCodeAnswersWhatNoStubFileMatches() throws Exception {
        assertThat(get("/orders/7").body()).isEqualTo("code answered GET /orders/7");
    }

    @Test
    void wireMocksRequestJournalListsARequest() throws Exception {
        get("/orders/7?page=2");

        JsonNode journal = new ObjectMapper().readTree(get("/__admin/requests").body());

        assertThat(journal.path("requests")).extracting(entry -> entry.path("request").path("url").asText())
                .contains("/orders/7?page=2");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
