package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A receipt booked at POST /_sim/receipts is an audited AR_RECEIVEBILL (收款单) that ExecuteBillQuery finds by its source bill. */
class KingdeeReceiptTest {

    private static final String RECEIPT_QUERY = """
            {"parameters":["AR_RECEIVEBILL",{"FormId":"AR_RECEIVEBILL",
             "FieldKeys":"FBillNo,FDATE,FPAYUNIT.FName,FREALRECAMOUNTFOR,FSRCBILLNO,FDocumentStatus",
             "FilterString":"FDocumentStatus='C' and FSRCBILLNO in (%s)","OrderString":"","TopRowCount":0,"StartRow":0,"Limit":500}]}""";

    private final KingdeeSimulator kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(0, "acct", "hub", "app", "secret",
            Duration.ofMinutes(20)));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String session;

    @BeforeEach
    void start() throws Exception {
        kingdee.start();
        session = post("/K3Cloud/Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginByAppSecret.common.kdsvc",
                "{\"parameters\":[\"acct\",\"hub\",\"app\",\"secret\",2052]}").body();
        session = json.readTree(session).path("KDSVCSessionId").asText();
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aBookedReceiptIsReadBackByItsInvoice() throws Exception {
        HttpResponse<String> booked = post("/_sim/receipts",
                "{\"invoice\":\"HUB1A2B\",\"payer\":\"华东医疗器械有限公司\",\"amount\":\"1200.50\",\"date\":\"2026-03-02\"}");
        assertThat(booked.statusCode()).isEqualTo(201);
        String number = json.readTree(booked.body()).path("number").asText();

        JsonNode rows = query("'HUB1A2B','HUBOTHER'");

        assertThat(number).startsWith("SKD");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).toString()).isEqualTo("[\"" + number + "\",\"2026-03-02T00:00\",\"华东医疗器械有限公司\",\"1200.50\",\"HUB1A2B\",\"C\"]");
        assertThat(query("'HUBOTHER'")).isEmpty();
    }

    @Test
    void refusesAReceiptWithoutInvoiceOrWithAnAmountFinerThanAFen() throws Exception {
        HttpResponse<String> noInvoice = post("/_sim/receipts", "{\"payer\":\"x\",\"amount\":\"1\"}");
        HttpResponse<String> fine = post("/_sim/receipts", "{\"invoice\":\"HUB1\",\"payer\":\"x\",\"amount\":\"1.001\"}");

        assertThat(noInvoice.statusCode()).isEqualTo(400);
        assertThat(fine.statusCode()).isEqualTo(400);
        assertThat(json.readTree(fine.body()).path("code").asText()).isEqualTo("invalid_field");
        assertThat(kingdee.receipts().all()).isEmpty();
    }

    private JsonNode query(String invoices) throws Exception {
        return json.readTree(post("/K3Cloud/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.ExecuteBillQuery.common.kdsvc",
                RECEIPT_QUERY.formatted(invoices)).body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        String base = kingdee.baseUrl().replace("/K3Cloud", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Cookie", "kdservice-sessionid=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
