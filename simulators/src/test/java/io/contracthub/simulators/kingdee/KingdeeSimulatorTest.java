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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KingdeeSimulatorTest {

    private static final String SAVE = "/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc";
    private static final String ORDER = """
            {"parameters":["SAL_SaleOrder",{"Model":{"FBillNo":"HUB1","FCustId":{"FNumber":"CUST-1"},
             "FSaleOrderEntry":[{"FMaterialId":{"FNumber":"MAT-1"},"FQty":1}]}}]}""";

    private final KingdeeSimulator kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(0, "acct", "hub", "app", "secret",
            Duration.ofMinutes(20)));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        kingdee.start();
        kingdee.masterData().customers(List.of("CUST-1")).materials(List.of("MAT-1"));
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aSignedLoginOpensASessionThatSavesOneBillPerNumber() throws Exception {
        String session = login("secret");

        JsonNode saved = post(SAVE, ORDER, session);
        JsonNode again = post(SAVE, ORDER, session);

        assertThat(saved.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
        assertThat(saved.at("/Result/ResponseStatus/SuccessEntitys/0/Number").asText()).isEqualTo("HUB1");
        assertThat(again.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isFalse();
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndAnExpiredSessionAnswersSessionLost() throws Exception {
        assertThat(login("wrong")).isEmpty();
        String session = login("secret");

        kingdee.expireSessions();

        assertThat(post(SAVE, ORDER, session).at("/Result/ResponseStatus/Errors/0/Message").asText())
                .isEqualTo(KingdeeSimulator.SESSION_LOST);
    }

    @Test
    void aResetFaultDropsTheConnection() {
        kingdee.faults().failNext(Fault.RESET);

        assertThatThrownBy(() -> post(SAVE, ORDER, "none")).isInstanceOf(IOException.class);
    }

    private String login(String secret) throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = json.writeValueAsString(java.util.Map.of("parameters",
                List.of("acct", "hub", "app", now, LoginBySign.sign("acct", "hub", "app", secret, now), 2052)));
        return post("/Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginBySign.common.kdsvc", body, null).path("KDSVCSessionId").asText("");
    }

    private JsonNode post(String path, String body, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kingdee.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "kdservice-sessionid=" + session);
        }
        return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
