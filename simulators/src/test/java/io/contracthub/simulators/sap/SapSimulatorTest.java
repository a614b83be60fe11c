package io.contracthub.simulators.sap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SapSimulatorTest {

    private static final String ORDER = """
            {"SalesOrderType":"OR","SalesOrganization":"1010","DistributionChannel":"10","OrganizationDivision":"00",
             "SoldToParty":"17100001","PurchaseOrderByCustomer":"HUB0000000001",
             "to_Item":[{"SalesOrderItem":"10","Material":"TG11","RequestedQuantity":"1"}]}""";

    private final SapSimulator sap = new SapSimulator(new SapSimulatorSettings(0, "HUB", "pw", true));
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sap.start();
        sap.masterData().customers(List.of("17100001")).materials(List.of("TG11"));
    }

    @AfterEach
    void stop() {
        sap.stop();
    }

    @Test
    void aCsrfTokenIsValidOnlyWithTheSessionCookieItCameWith() throws Exception {
        HttpResponse<String> fetch = send(request(SapSimulator.SALES_ORDER_SERVICE + "/").header("X-CSRF-Token", "Fetch").GET());
        String token = fetch.headers().firstValue("x-csrf-token").orElseThrow();
        String cookie = fetch.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpResponse<String> withoutCookie = send(post(token, null));
        HttpResponse<String> withCookie = send(post(token, cookie));

        assertThat(withoutCookie.statusCode()).isEqualTo(403);
        assertThat(withoutCookie.body()).isEqualTo("CSRF token validation failed");
        assertThat(withoutCookie.headers().firstValue("x-csrf-token")).contains("Required");
        assertThat(withCookie.statusCode()).isEqualTo(201);
        assertThat(withCookie.body()).contains("\"SalesOrder\":\"4000001\"");
        assertThat(sap.journal().ofType("A_BillingDocument")).hasSize(1);

        sap.expireCsrfTokens();
        assertThat(send(post(token, cookie)).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownCustomerIsRefusedWithAnODataV2Error() throws Exception {
        sap.masterData().removeCustomer("17100001");
        HttpResponse<String> fetch = send(request(SapSimulator.SALES_ORDER_SERVICE + "/").header("X-CSRF-Token", "Fetch").GET());

        HttpResponse<String> refused = send(post(fetch.headers().firstValue("x-csrf-token").orElseThrow(),
                fetch.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"V1/302\"", "\"value\":\"Customer 17100001 has not been created", "errordetails");
        assertThat(sap.journal().all()).isEmpty();
    }

    @Test
    void withoutBasicAuthNothingIsAnswered() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sap.baseUrl() + SapSimulator.SALES_ORDER_SERVICE + "/A_SalesOrder")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder post(String token, String cookie) {
        HttpRequest.Builder request = request(SapSimulator.SALES_ORDER_SERVICE + "/A_SalesOrder").header("X-CSRF-Token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ORDER));
        return cookie == null ? request : request.header("Cookie", cookie);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(sap.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("HUB:pw".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
