package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.state.SimulatorStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kingdee's bills, its journal and its warehouse's deliveries outlive a restart when kept: the hub finds the order it
 * created before the restart, and a second save of the same bill number is refused as before.
 */
class KingdeeStateKeptTest {

    private static final String SAVE = "/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc";
    private static final String ORDER = """
            {"parameters":["SAL_SaleOrder",{"Model":{"FBillNo":"HUB2","FCustId":{"FNumber":"CUST-1"},
             "FSaleOrderEntry":[{"FMaterialId":{"FNumber":"MAT-1"},"FQty":1}]}}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrderSavedBeforeARestartIsJournalledShippedAndStillUniqueAfterIt(@TempDir Path directory) throws Exception {
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            KingdeeSimulator before = started(store);
            try {
                JsonNode saved = post(before, SAVE, ORDER, login(before));
                assertThat(saved.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
            } finally {
                before.stop();
            }
        }

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            KingdeeSimulator after = started(store);
            try {
                String session = login(after);

                assertThat(after.journal().withReference("HUB2")).extracting(document -> document.type())
                        .containsExactly("SAL_SaleOrder");
                assertThat(after.shipping().of("HUB2")).hasSize(1);
                assertThat(post(after, SAVE, ORDER, session).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isFalse();
            } finally {
                after.stop();
            }
        }
    }

    private static KingdeeSimulator started(SimulatorStateStore store) {
        KingdeeSimulator kingdee = store.keep("kingdee", new KingdeeSimulator(new KingdeeSimulatorSettings(0, "acct", "hub",
                "app", "secret", Duration.ofMinutes(20))));
        kingdee.masterData().customers(List.of("CUST-1")).materials(List.of("MAT-1"));
        kingdee.start();
        return kingdee;
    }

    private String login(KingdeeSimulator kingdee) throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = json.writeValueAsString(Map.of("parameters",
                List.of("acct", "hub", "app", now, LoginBySign.sign("acct", "hub", "app", "secret", now), 2052)));
        return post(kingdee, "/Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginBySign.common.kdsvc", body, null)
                .path("KDSVCSessionId").asText("");
    }

    private JsonNode post(KingdeeSimulator kingdee, String path, String body, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kingdee.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "kdservice-sessionid=" + session);
        }
        return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
