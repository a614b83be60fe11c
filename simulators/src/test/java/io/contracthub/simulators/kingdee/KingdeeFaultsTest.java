package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.erp.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault an ERP simulator injects, as WireMock carries it out, met by a real HTTP client (Kingdee here, any ERP alike). */
class KingdeeFaultsTest {

    private static final String SAVE = "/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc";
    private static final String ORDER = """
            {"parameters":["SAL_SaleOrder",{"Model":{"FBillNo":"HUB1","FCustId":{"FNumber":"CUST-1"},
             "FSaleOrderEntry":[{"FMaterialId":{"FNumber":"MAT-1"},"FQty":1}]}}]}""";

    private final KingdeeSimulator kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(0, "acct", "hub", "app", "secret",
            Duration.ofMinutes(20)));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String session;

    @BeforeEach
    void start() throws Exception {
        kingdee.start();
        kingdee.masterData().customers(List.of("CUST-1")).materials(List.of("MAT-1"));
        session = login();
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aResetFaultResetsTheConnectionBeforeAnythingIsCreated() {
        kingdee.faults().failNext(Fault.RESET);

        assertThatThrownBy(() -> save(null)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).isEmpty();
    }

    @Test
    void aServerErrorAnswers503BeforeAnythingIsCreated() throws Exception {
        kingdee.faults().failNext(Fault.SERVER_ERROR);

        HttpResponse<String> answer = save(null);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("Service Unavailable");
        assertThat(kingdee.journal().withReference("HUB1")).isEmpty();
    }

    @Test
    void aSlowAnswerOutlastsACallersTimeLimitThoughTheBillIsSaved() {
        kingdee.faults().slowDelay(Duration.ofSeconds(5)).failNext(Fault.SLOW);

        assertThatThrownBy(() -> save(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aSlowAnswerStillArrivesForACallerWhoWaits() throws Exception {
        kingdee.faults().slowDelay(Duration.ofMillis(300)).failNext(Fault.SLOW);

        HttpResponse<String> answer = save(null);

        assertThat(json.readTree(answer.body()).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
    }

    @Test
    void aLostResponseSavesTheBillButTheCallerGetsNoAnswer() {
        kingdee.faults().failNext(Fault.LOSE_RESPONSE);

        assertThatThrownBy(() -> save(null)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aMalformedAnswerSavesTheBillButItsChunkedBodyCannotBeRead() {
        kingdee.faults().failNext(Fault.MALFORMED);

        assertThatThrownBy(() -> save(null)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void theRequestAfterAFaultIsAnsweredNormally() throws Exception {
        kingdee.faults().failNext(Fault.RESET);
        assertThatThrownBy(() -> save(null)).isInstanceOf(IOException.class);

        HttpResponse<String> answer = save(null);

        assertThat(json.readTree(answer.body()).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
    }

    private String login() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = json.writeValueAsString(Map.of("parameters",
                List.of("acct", "hub", "app", now, LoginBySign.sign("acct", "hub", "app", "secret", now), 2052)));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(kingdee.baseUrl()
                        + "/Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginBySign.common.kdsvc"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode login = json.readTree(answer.body());
        return login.path("KDSVCSessionId").asText();
    }

    private HttpResponse<String> save(Duration timeLimit) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kingdee.baseUrl() + SAVE))
                .header("Content-Type", "application/json").header("Cookie", "kdservice-sessionid=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(ORDER));
        if (timeLimit != null) {
            request.timeout(timeLimit);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
