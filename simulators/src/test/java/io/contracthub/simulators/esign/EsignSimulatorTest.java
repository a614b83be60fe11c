package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.contracthub.connectors.esign.EsignCallbackVerifier;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.EsignSettings;
import io.contracthub.connectors.esign.SignFlowRequest;
import io.contracthub.connectors.esign.SignFlowStatus;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EsignSimulatorTest {

    private static final EsignSettings APP = new EsignSettings("7438000001", "sim-secret");
    private final EsignSimulator simulator = new EsignSimulator(new EsignSimulatorSettings(APP.appId(), APP.appSecret(), 0));
    private final List<String> verifiedCallbacks = new CopyOnWriteArrayList<>();
    private HttpServer hub;

    @BeforeEach
    void start() throws IOException {
        simulator.start();
        EsignCallbackVerifier verifier = new EsignCallbackVerifier(APP, "", Duration.ofMinutes(15));
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/webhooks/esign", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            verifier.verify(exchange.getRequestHeaders().getFirst(EsignCallbackVerifier.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(EsignCallbackVerifier.TIMESTAMP_HEADER), body, Instant.now());
            verifiedCallbacks.add(new String(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hub.start();
        simulator.pushCallbacksTo("http://127.0.0.1:" + hub.getAddress().getPort() + "/webhooks/esign");
    }

    @AfterEach
    void stop() {
        simulator.stop();
        hub.stop(0);
    }

    @Test
    void aCorrectlySignedCreateByFileStartsAFlowThatTheDetailApiReports() {
        EsignClient client = client(APP);

        String flowId = client.createSignFlowByFile(request());

        assertThat(simulator.flow(flowId)).get().extracting(SimulatedSignFlow::title).isEqualTo("HT-1");
        assertThat(client.signFlowDetail(flowId).status()).isEqualTo(SignFlowStatus.SIGNING);
    }

    @Test
    void aWrongSecretGetsTheGateways401() {
        assertThatThrownBy(() -> client(new EsignSettings(APP.appId(), "wrong")).createSignFlowByFile(request()))
                .isInstanceOfSatisfying(ConnectorAuthenticationException.class, e -> {
                    assertThat(e.vendorCode()).isEqualTo("401");
                    assertThat(e.vendorMessage()).isEqualTo("INVALID_SIGNATURE");
                });
        assertThat(simulator.journal()).last().extracting(EsignJournalEntry::status).isEqualTo(401);
    }

    @Test
    void completingAFlowPostsSignedCallbacksSignerNoticesFirst() {
        String flowId = client(APP).createSignFlowByFile(request());

        simulator.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());

        assertThat(verifiedCallbacks).hasSize(2);
        assertThat(verifiedCallbacks.get(0)).contains("\"action\":\"SIGN_MISSON_COMPLETE\"");
        assertThat(verifiedCallbacks.get(1)).contains("\"action\":\"SIGN_FLOW_COMPLETE\"").contains("\"signFlowStatus\":\"2\"");
        assertThat(client(APP).signFlowDetail(flowId).status()).isEqualTo(SignFlowStatus.COMPLETED);
    }

    @Test
    void theAdminApiRevokesAFlowAndListsTheJournal() throws Exception {
        String flowId = client(APP).createSignFlowByFile(request());
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/esign-admin/sign-flows/" + flowId + "/revoke"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"times\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String journal = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/esign-admin/journal"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"status\":3");
        assertThat(verifiedCallbacks).hasSize(2).allMatch(body -> body.contains("\"signFlowStatus\":\"3\""));
        assertThat(new ObjectMapper().readTree(journal).findValuesAsText("direction")).containsExactly("request", "callback", "callback");
    }

    @Test
    void aFinalFlowCannotBeFinishedAgain() {
        String flowId = client(APP).createSignFlowByFile(request());
        simulator.finish(flowId, EsignSimulator.REVOKED, EsignSimulator.Delivery.standard());

        assertThatThrownBy(() -> simulator.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard()))
                .isInstanceOf(IllegalStateException.class);
    }

    private EsignClient client(EsignSettings settings) {
        return new EsignClient(new HttpEndpoint("esign", URI.create(simulator.baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(5)),
                settings, new ObjectMapper(), Clock.systemUTC(), new ConnectorResilience("esign",
                ResilienceSettings.withDefaultBackoff(Duration.ofSeconds(5), 1, Duration.ofMillis(10), 50, 10, 10, Duration.ofSeconds(1), 4, Duration.ZERO)));
    }

    private static SignFlowRequest request() {
        return new SignFlowRequest("HT-1", "file-1", "HT-1.pdf", null, true, "ch-1",
                List.of(new SignFlowRequest.Signer("华东医疗器械有限公司", "91310000MA1FL8XQ37", null, 1, 100, 100)));
    }
}
