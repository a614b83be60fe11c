package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class EsignSimulatorTest {

    private static final String APP_ID = "7438000001";
    private static final String SECRET = "sim-secret";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final EsignSimulator simulator = new EsignSimulator(new EsignSimulatorSettings(APP_ID, SECRET, 0));
    private final List<String> verifiedCallbacks = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer hub;
    private EsignApp app;

    @BeforeEach
    void start() throws IOException {
        simulator.start();
        app = new EsignApp(simulator.baseUrl(), APP_ID, SECRET, Clock.systemUTC());
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/webhooks/esign", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String url = "http://127.0.0.1:" + hub.getAddress().getPort() + exchange.getRequestURI();
            String expected = EsignCallbackSigning.signature(SECRET,
                    exchange.getRequestHeaders().getFirst("X-Tsign-Open-TIMESTAMP"), url, body);
            boolean authentic = expected.equals(exchange.getRequestHeaders().getFirst("X-Tsign-Open-SIGNATURE"));
            if (authentic) {
                verifiedCallbacks.add(new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(authentic ? 200 : 401, -1);
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
    void anUploadTakesThreeStepsAndTheFileIsNotReadyAtFirst() throws Exception {
        JsonNode upload = app.data(app.post("/v3/files/file-upload-url", uploadRequest(EsignGatewaySignature.contentMd5(PDF))));

        HttpResponse<String> put = put(upload.path("fileUploadUrl").asText(), PDF, EsignGatewaySignature.contentMd5(PDF));
        String fileId = upload.path("fileId").asText();

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(app.data(app.get("/v3/files/" + fileId)).path("fileStatus").asInt()).as("first look").isEqualTo(1);
        assertThat(app.data(app.get("/v3/files/" + fileId)).path("fileStatus").asInt()).isEqualTo(2);
        assertThat(simulator.file(fileId)).get().extracting(SimulatedFile::content).isEqualTo(PDF);
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredMd5AreRefused() throws Exception {
        JsonNode upload = app.data(app.post("/v3/files/file-upload-url", uploadRequest(EsignGatewaySignature.contentMd5(PDF))));
        byte[] other = "%PDF-1.4 other".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> put = put(upload.path("fileUploadUrl").asText(), other, EsignGatewaySignature.contentMd5(PDF));

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("Content-MD5");
        assertThat(app.data(app.get("/v3/files/" + upload.path("fileId").asText())).path("fileStatus").asInt()).isZero();
    }

    @Test
    void aSignFlowOnAFileNotYetReadyIsRefused() {
        JsonNode upload = app.data(app.post("/v3/files/file-upload-url", uploadRequest(EsignGatewaySignature.contentMd5(PDF))));

        JsonNode answer = EsignApp.read(app.post("/v3/sign-flow/create-by-file", createBody(upload.path("fileId").asText())).body());

        assertThat(answer.path("code").asInt()).isEqualTo(EsignSimulatorHttpApi.FILE_NOT_READY);
    }

    @Test
    void aCorrectlySignedCreateByFileStartsAFlowThatTheDetailApiReports() throws Exception {
        String flowId = createdFlow();

        assertThat(simulator.flow(flowId)).get().extracting(SimulatedSignFlow::title).isEqualTo("HT-1");
        assertThat(app.data(app.get("/v3/sign-flow/" + flowId + "/detail")).path("signFlowStatus").asInt()).isEqualTo(1);
    }

    @Test
    void aWrongSecretGetsTheGateways401() {
        EsignApp wrong = new EsignApp(simulator.baseUrl(), APP_ID, "wrong", Clock.systemUTC());

        HttpResponse<String> answer = wrong.post("/v3/sign-flow/create-by-file", createBody("file-1"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(EsignApp.read(answer.body()).path("message").asText()).isEqualTo("INVALID_SIGNATURE");
        assertThat(simulator.journal()).last().extracting(EsignJournalEntry::status).isEqualTo(401);
    }

    @Test
    void completingAFlowPostsSignedCallbacksSignerNoticesFirst() throws Exception {
        String flowId = createdFlow();

        simulator.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());

        assertThat(verifiedCallbacks).hasSize(2);
        assertThat(verifiedCallbacks.get(0)).contains("\"action\":\"SIGN_MISSON_COMPLETE\"");
        assertThat(verifiedCallbacks.get(1)).contains("\"action\":\"SIGN_FLOW_COMPLETE\"").contains("\"signFlowStatus\":\"2\"");
        assertThat(app.data(app.get("/v3/sign-flow/" + flowId + "/detail")).path("signFlowStatus").asInt()).isEqualTo(2);
    }

    @Test
    void callbacksToAUrlWithAQueryAreSignedOverItsValues() throws Exception {
        simulator.pushCallbacksTo("http://127.0.0.1:" + hub.getAddress().getPort() + "/webhooks/esign?tenant=t1&channel=hub");
        String flowId = createdFlow();

        simulator.finish(flowId, EsignSimulator.REVOKED, EsignSimulator.Delivery.standard());

        assertThat(verifiedCallbacks).hasSize(1).allMatch(body -> body.contains("\"signFlowStatus\":\"3\""));
    }

    @Test
    void aCompletedFlowOffersItsSignedPdfForDownload() throws Exception {
        String flowId = createdFlow();
        simulator.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());

        JsonNode files = app.data(app.get("/v3/sign-flow/" + flowId + "/file-download-url")).path("files");
        HttpResponse<byte[]> signed = http.send(HttpRequest.newBuilder(URI.create(files.path(0).path("downloadUrl").asText()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(signed.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").contains("sign flow " + flowId);
    }

    @Test
    void aFlowStillSigningHasNothingToDownload() throws Exception {
        String flowId = createdFlow();

        JsonNode answer = EsignApp.read(app.get("/v3/sign-flow/" + flowId + "/file-download-url").body());

        assertThat(answer.path("code").asInt()).isEqualTo(EsignSimulatorHttpApi.FLOW_NOT_FINISHED);
    }

    @Test
    void theAdminApiRevokesAFlowAndListsTheJournal() throws Exception {
        String flowId = createdFlow();

        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/esign-admin/sign-flows/" + flowId + "/revoke"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"times\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String journal = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/esign-admin/journal"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"status\":3");
        assertThat(verifiedCallbacks).hasSize(2).allMatch(body -> body.contains("\"signFlowStatus\":\"3\""));
        assertThat(new ObjectMapper().readTree(journal).findValuesAsText("direction")).endsWith("request", "callback", "callback");
    }

    @Test
    void aFinalFlowCannotBeFinishedAgain() throws Exception {
        String flowId = createdFlow();
        simulator.finish(flowId, EsignSimulator.REVOKED, EsignSimulator.Delivery.standard());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> simulator.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard()))
                .isInstanceOf(IllegalStateException.class);
    }

    private String createdFlow() throws Exception {
        simulator.fileReadyAfterReads(0);
        JsonNode upload = app.data(app.post("/v3/files/file-upload-url", uploadRequest(EsignGatewaySignature.contentMd5(PDF))));
        assertThat(put(upload.path("fileUploadUrl").asText(), PDF, EsignGatewaySignature.contentMd5(PDF)).statusCode()).isEqualTo(200);
        return app.data(app.post("/v3/sign-flow/create-by-file", createBody(upload.path("fileId").asText())))
                .path("signFlowId").asText();
    }

    private HttpResponse<String> put(String url, byte[] bytes, String contentMd5) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-MD5", contentMd5).header("Content-Type", "application/pdf").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uploadRequest(String contentMd5) {
        return "{\"contentMd5\":\"" + contentMd5 + "\",\"contentType\":\"application/pdf\",\"fileName\":\"HT-1.pdf\",\"fileSize\":"
                + PDF.length + "}";
    }

    private static String createBody(String fileId) {
        return """
                {"docs":[{"fileId":"%s","fileName":"HT-1.pdf"}],"signFlowConfig":{"signFlowTitle":"HT-1","autoStart":true,\
                "autoFinish":true},"signers":[{"signerType":1,"orgSignerInfo":{"orgName":"华东医疗器械有限公司"},\
                "signFields":[{"fileId":"%s","customBizNum":"ch-1"}]}]}""".formatted(fileId, fileId);
    }
}
