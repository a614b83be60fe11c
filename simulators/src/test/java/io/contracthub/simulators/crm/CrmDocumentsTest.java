package io.contracthub.simulators.crm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRM keeps the approved contract file and names it in the contract's events. */
class CrmDocumentsTest {

    private static final byte[] PDF = "%PDF-1.4 approved contract".getBytes(StandardCharsets.US_ASCII);
    private final HttpClient http = HttpClient.newHttpClient();
    private HubStub hub;
    private CrmSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        hub = new HubStub();
        simulator = new CrmSimulator(new CrmSimulatorSettings(hub.webhookUrl(), "whsec_test", 0));
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
        hub.close();
    }

    @Test
    void aDocumentPutIntoTheCrmIsServedAndNamedInTheStageEvent() throws Exception {
        String url = "http://127.0.0.1:" + simulator.port() + "/crm/documents/HT-7.pdf";

        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + "/crm/contracts/HT-7/stage"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"stage\":\"SIGNED\",\"document\":{\"url\":\"" + url + "\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(PDF);
        assertThat(new String(hub.received().get(hub.received().size() - 1).rawBody(), StandardCharsets.UTF_8))
                .contains("\"document\":{\"url\":\"" + url + "\"}");
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() throws Exception {
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + simulator.port() + "/crm/documents/x.pdf"))
                .PUT(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).isEqualTo(400);
    }
}
