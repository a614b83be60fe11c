package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.u8.U8Simulator;
import io.contracthub.simulators.u8.U8SimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** POST /_sim/faults breaks an ERP simulator on purpose over HTTP, as the sandbox's user does (U8 here, any ERP alike). */
class FaultControlTest {

    private final U8Simulator u8 = new U8Simulator(new U8SimulatorSettings(0, "hub", "u8", "key", "secret",
            Duration.ofHours(2), Duration.ofMillis(150)));
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        u8.start();
    }

    @AfterEach
    void stop() {
        u8.stop();
    }

    @Test
    void theNextRequestMeetsTheFaultAndTheOneAfterItIsAnsweredNormally() throws Exception {
        assertThat(post("/_sim/faults", "{\"next\":[\"SERVER_ERROR\"]}").statusCode()).isEqualTo(200);

        assertThat(get("/system/token").statusCode()).isEqualTo(503);
        assertThat(get("/system/token").statusCode()).isNotEqualTo(503);
    }

    @Test
    void clearRemovesPlannedFaults() throws Exception {
        post("/_sim/faults", "{\"next\":[\"SERVER_ERROR\",\"SERVER_ERROR\"]}");

        post("/_sim/faults", "{\"clear\":true}");

        assertThat(get("/system/token").statusCode()).isNotEqualTo(503);
    }

    @Test
    void anUnknownFaultIsRefusedWithACode() throws Exception {
        HttpResponse<String> refused = post("/_sim/faults", "{\"next\":[\"EXPLODE\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(refused.body()).path("code").asText()).isEqualTo("bad_fault_request");
        assertThat(get("/system/token").statusCode()).isNotEqualTo(503);
    }

    @Test
    void malformedIsAFaultKindItAccepts() throws Exception {
        assertThat(post("/_sim/faults", "{\"next\":[\"MALFORMED\"]}").statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> get("/system/token")).isInstanceOf(IOException.class);
        assertThat(get("/system/token").statusCode()).isEqualTo(200);
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() throws Exception {
        assertThat(post("/_sim/faults", "{\"rate\":1.5,\"random\":[\"RESET\"]}").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(u8.baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(u8.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
