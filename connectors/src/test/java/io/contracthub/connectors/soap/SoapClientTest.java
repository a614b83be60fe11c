package io.contracthub.connectors.soap;

import com.sun.net.httpserver.HttpServer;
import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.connectors.his.generated.QualificationPortType;
import io.contracthub.connectors.his.generated.VerificationResult;
import io.contracthub.connectors.his.generated.VerifyQualificationRequest;
import io.contracthub.connectors.his.generated.VerifyQualificationResponse;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SOAP building block against canned answers: the contract checked both ways, and every failure mapped once. */
class SoapClientTest {

    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>%s</soap:Body></soap:Envelope>";
    private static final String NS = "urn:contracthub:his:qualification:1";

    private HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();

    private record Answer(int status, String contentType, String body, long delayMillis) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/his/QualificationService", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            Answer canned = answer.get();
            sleep(canned.delayMillis());
            byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", canned.contentType());
            exchange.sendResponseHeaders(canned.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheRequestAsTheWsdlDescribesItAndReadsTheAnswer() {
        answerXml(200, response("VALID"));

        VerifyQualificationResponse verdict = client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1")));

        assertThat(verdict.getResult()).isEqualTo(VerificationResult.VALID);
        assertThat(verdict.getRequestId()).isEqualTo("r1");
        assertThat(received.get()).contains("<VerifyQualificationRequest xmlns=\"" + NS + "\">")
                .contains("<licenceNumber>沪浦食药监械经营许20200001号</licenceNumber>")
                .contains("<validUntil>2030-12-31</validUntil>");
    }

    @Test
    void sendsBasicAuthWhenGivenCredentials() {
        answerXml(200, response("VALID"));

        client(new SoapClient.BasicCredentials("HUB_TECH", "secret")).call("VerifyQualification",
                port -> port.verifyQualification(request("r1")));

        assertThat(authorization.get()).isEqualTo("Basic SFVCX1RFQ0g6c2VjcmV0");
    }

    @Test
    void rejectsAnAnswerThatBreaksTheSchema() {
        answerXml(200, response("MAYBE"));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOf(ConnectorRejectedException.class).hasMessageContaining("breaks the contract").hasMessageContaining("MAYBE");
    }

    @Test
    void refusesToSendARequestThatBreaksTheSchema() {
        answerXml(200, response("VALID"));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request(""))))
                .isInstanceOf(ConnectorRejectedException.class);
        assertThat(received.get()).isNull();
    }

    @Test
    void treatsAClientFaultAsARejectionWithTheServicesOwnText() {
        answerXml(500, fault("soap:Client", "licence number malformed"));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOfSatisfying(ConnectorRejectedException.class, rejected -> {
                    assertThat(rejected.vendorCode()).isEqualTo("Client");
                    assertThat(rejected.vendorMessage()).isEqualTo("licence number malformed");
                });
    }

    @Test
    void treatsAServerFaultAsTemporary() {
        answerXml(500, fault("soap:Server", "HIS database unavailable"));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOfSatisfying(ConnectorUnavailableException.class, unavailable -> {
                    assertThat(unavailable.vendorCode()).isEqualTo("Server");
                    assertThat(unavailable.vendorMessage()).isEqualTo("HIS database unavailable");
                });
    }

    @Test
    void treatsAGatewayErrorPageAsTemporary() {
        answer.set(new Answer(503, "text/html", "<html><body>Service Unavailable</body></html>", 0));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOfSatisfying(ConnectorUnavailableException.class,
                        unavailable -> assertThat(unavailable.httpStatus()).isEqualTo(503));
    }

    @Test
    void treatsARefusedLogonAsAnAuthenticationFailure() {
        answer.set(new Answer(401, "text/plain", "Logon failed", 0));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOf(ConnectorAuthenticationException.class);
    }

    @Test
    void givesUpAfterTheReceiveTimeout() {
        answer.set(new Answer(200, "text/xml", String.format(ENVELOPE, response("VALID")), 1500));

        assertThatThrownBy(() -> client(null).call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOf(ConnectorUnavailableException.class);
    }

    @Test
    void treatsARefusedConnectionAsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SoapClient<QualificationPortType> client = SoapClient.create(new HttpEndpoint("his",
                        URI.create("http://127.0.0.1:" + closedPort + "/his/QualificationService"), Duration.ofMillis(300),
                        Duration.ofMillis(500)), QualificationPortType.class, HisQualificationClient.WSDL,
                HisQualificationClient.SERVICE, null);

        assertThatThrownBy(() -> client.call("VerifyQualification", port -> port.verifyQualification(request("r1"))))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("VerifyQualification failed");
    }

    private SoapClient<QualificationPortType> client(SoapClient.BasicCredentials credentials) {
        return SoapClient.create(new HttpEndpoint("his", URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                        + "/his/QualificationService"), Duration.ofMillis(500), Duration.ofMillis(700)),
                QualificationPortType.class, HisQualificationClient.WSDL, HisQualificationClient.SERVICE, credentials);
    }

    private void answerXml(int status, String body) {
        answer.set(new Answer(status, "text/xml; charset=utf-8", String.format(ENVELOPE, body), 0));
    }

    private static String response(String result) {
        return "<VerifyQualificationResponse xmlns=\"" + NS + "\"><requestId>r1</requestId><result>" + result
                + "</result></VerifyQualificationResponse>";
    }

    private static String fault(String code, String text) {
        return "<soap:Fault><faultcode>" + code + "</faultcode><faultstring>" + text + "</faultstring></soap:Fault>";
    }

    private static VerifyQualificationRequest request(String requestId) {
        VerifyQualificationRequest request = new VerifyQualificationRequest();
        request.setRequestId(requestId);
        request.setCompanyName("华东医疗器械有限公司");
        request.setCreditCode("91310000MA1FL8XQ37");
        request.setLicenceNumber("沪浦食药监械经营许20200001号");
        request.setValidUntil(XmlDates.of(LocalDate.of(2030, 12, 31)));
        return request;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
