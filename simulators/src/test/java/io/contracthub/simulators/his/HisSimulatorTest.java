package io.contracthub.simulators.his;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Raw SOAP 1.1 envelopes, written by hand from the simulator's WSDL, against the simulated HIS. */
class HisSimulatorTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private final HisSimulator his = new HisSimulator(new HisSimulatorSettings(0, Duration.ZERO), TODAY);

    @BeforeEach
    void start() {
        his.start();
    }

    @AfterEach
    void stop() {
        his.stop();
    }

    @Test
    void answersAValidLicenceWithTheRegistrysVerdict() throws Exception {
        HttpResponse<String> answer = post(request("r1", "沪浦食药监械经营许20200001号", "2028-06-30"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("urn:contracthub:his:qualification:1").contains("VerifyQualificationResponse")
                .contains(">r1</").contains(">VALID</").contains(">2028-06-30</").contains(">上海市药品监督管理局</");
        assertThat(his.journal()).singleElement().satisfies(check -> {
            assertThat(check.licenceNumber()).isEqualTo("沪浦食药监械经营许20200001号");
            assertThat(check.answered()).isEqualTo("VALID");
        });
    }

    @Test
    void answersRevokedExpiredAndUnknownLicences() throws Exception {
        his.registerRevoked("L-REVOKED");
        his.registerUnknown("L-UNKNOWN");

        assertThat(post(request("r2", "L-REVOKED", "2028-06-30")).body()).contains(">REVOKED</");
        assertThat(post(request("r3", "L-OLD", "2026-11-30")).body()).contains(">EXPIRED</");
        assertThat(post(request("r4", "L-UNKNOWN", "2028-06-30")).body()).contains(">NOT_FOUND</")
                .doesNotContain("registeredValidUntil");
    }

    @Test
    void answersARequestThatBreaksTheSchemaWithAClientFault() throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<VerifyQualificationRequest xmlns=\"urn:contracthub:his:qualification:1\"><requestId>x</requestId>"
                + "<licenceNumber>沪浦食药监械经营许20200001号</licenceNumber></VerifyQualificationRequest></soap:Body></soap:Envelope>";

        HttpResponse<String> answer = post(envelope);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>soap:Client</faultcode>").contains("breaks the WSDL's schema");
        assertThat(his.journal()).isEmpty();
    }

    @Test
    void answersSomethingOtherThanAnEnvelopeWithAClientFault() throws Exception {
        HttpResponse<String> answer = post("<VerifyQualificationRequest/>");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>soap:Client</faultcode>").contains("not a SOAP 1.1 envelope");
    }

    @Test
    void aFaultModeAnswersAServerFault() throws Exception {
        his.mode(HisMode.FAULT);

        HttpResponse<String> answer = post(request("r5", "L-1", "2028-06-30"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>soap:Server</faultcode>").contains("HIS database unavailable");
    }

    @Test
    void anOutageDropsTheConnectionUnanswered() {
        his.mode(HisMode.OUTAGE);

        assertThatThrownBy(() -> post(request("r9", "沪浦食药监械经营许20200001号", "2028-06-30"))).isInstanceOf(IOException.class);
    }

    @Test
    void publishesItsWsdlFromAStubFile() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(his.endpointUrl() + "?wsdl"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(wsdl.body()).contains("<wsdl:definitions").contains("<wsdl:service name=\"QualificationService\">");
    }

    private static String request(String requestId, String licence, String validUntil) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<q:VerifyQualificationRequest xmlns:q=\"urn:contracthub:his:qualification:1\">"
                + "<q:requestId>" + requestId + "</q:requestId><q:companyName>华东医疗器械有限公司</q:companyName>"
                + "<q:creditCode>91310000MA1FL8XQ37</q:creditCode><q:licenceNumber>" + licence + "</q:licenceNumber>"
                + "<q:validUntil>" + validUntil + "</q:validUntil></q:VerifyQualificationRequest></soap:Body></soap:Envelope>";
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(his.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:contracthub:his:qualification:1:VerifyQualification\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
