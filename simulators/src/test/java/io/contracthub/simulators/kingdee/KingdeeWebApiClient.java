package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Kingdee tests' caller of a started simulator's WebAPI: it logs in and then sends its session cookie
 * ({@code kdservice-sessionid}) with every JSON post. Services are named as Kingdee names them, e.g.
 * {@code DynamicFormService.Save}.
 */
final class KingdeeWebApiClient {

    static final String SAVE = "DynamicFormService.Save";
    static final String EXECUTE_BILL_QUERY = "DynamicFormService.ExecuteBillQuery";
    private static final String SERVICE_PATH = "/Kingdee.BOS.WebApi.ServicesStub.%s.common.kdsvc";
    private static final String ACCOUNT = "acct";
    private static final String USER = "hub";
    private static final String APP = "app";
    private static final String SECRET = "secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KingdeeSimulator kingdee;
    private final HttpClient http = HttpClient.newHttpClient();
    private String session;

    KingdeeWebApiClient(KingdeeSimulator kingdee) {
        this.kingdee = kingdee;
    }

    /**
     * A simulator (not started) for account "acct", user "hub", app "app" with secret "secret", sessions idling out
     * after 20 minutes, that knows customer CUST-1 and material MAT-1.
     */
    static KingdeeSimulator simulator() {
        KingdeeSimulator kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(0, ACCOUNT, USER, APP, SECRET,
                Duration.ofMinutes(20)));
        kingdee.masterData().customers(List.of("CUST-1")).materials(List.of("MAT-1"));
        return kingdee;
    }

    /** A Save request for a sales order with this bill number: one MAT-1 for customer CUST-1. */
    static String salesOrder(String billNumber) {
        return """
                {"parameters":["SAL_SaleOrder",{"Model":{"FBillNo":"%s","FCustId":{"FNumber":"CUST-1"},
                 "FSaleOrderEntry":[{"FMaterialId":{"FNumber":"MAT-1"},"FQty":1}]}}]}""".formatted(billNumber);
    }

    /** Logs in by LoginBySign, signed with this secret; answers the session id, empty when refused. */
    String login(String secret) throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = JSON.writeValueAsString(Map.of("parameters",
                List.of(ACCOUNT, USER, APP, now, LoginBySign.sign(ACCOUNT, USER, APP, secret, now), 2052)));
        return session(post("AuthService.LoginBySign", body));
    }

    /** Logs in by LoginByAppSecret with the right secret; answers the session id. */
    String loginByAppSecret() throws Exception {
        String body = JSON.writeValueAsString(Map.of("parameters", List.of(ACCOUNT, USER, APP, SECRET, 2052)));
        return session(post("AuthService.LoginByAppSecret", body));
    }

    /** Posts to a WebAPI service and answers its JSON. */
    JsonNode post(String service, String body) throws Exception {
        return body(send(service, body));
    }

    /** Posts to a WebAPI service and answers the HTTP response as it came, for its status or a fault. */
    HttpResponse<String> send(String service, String body) throws Exception {
        return send(webApi(service, body));
    }

    /** As {@link #send(String, String)}, giving up after the time limit. */
    HttpResponse<String> send(String service, String body, Duration timeLimit) throws Exception {
        return send(webApi(service, body).timeout(timeLimit));
    }

    /** Posts to one of the simulator's own endpoints (such as {@code /_sim/receipts}), outside the K3Cloud path. */
    HttpResponse<String> sendToSimulator(String path, String body) throws Exception {
        return send(request(kingdee.baseUrl().replace("/K3Cloud", "") + path, body));
    }

    /** The JSON of a response got by {@link #send}. */
    static JsonNode body(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String session(JsonNode login) {
        session = login.path("KDSVCSessionId").asText("");
        return session;
    }

    private HttpRequest.Builder webApi(String service, String body) {
        return request(kingdee.baseUrl() + SERVICE_PATH.formatted(service), body);
    }

    private HttpRequest.Builder request(String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null && !session.isEmpty()) {
            request.header("Cookie", "kdservice-sessionid=" + session);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
