package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.erp.SimulatedDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A saved sales order ships at once: its sales outbound (SAL_OUTSTOCK) with a waybill, found by ExecuteBillQuery. */
class KingdeeOutboundTest {

    private static final String SERVICE = "/Kingdee.BOS.WebApi.ServicesStub.%s.common.kdsvc";
    private static final String ORDER = """
            {"parameters":["SAL_SaleOrder",{"Model":{"FBillNo":"HUB360","FCustId":{"FNumber":"CUST-1"},
             "FSaleOrderEntry":[{"FMaterialId":{"FNumber":"MAT-1"},"FQty":1}]}}]}""";
    private static final String OUTBOUND_QUERY = """
            {"parameters":["SAL_OUTSTOCK",{"FormId":"SAL_OUTSTOCK",
             "FieldKeys":"FBillNo,FDocumentStatus,FCarrierID.FNumber,FCarriageNO",
             "FilterString":"FSoorDerno='%s'","OrderString":"","TopRowCount":0,"StartRow":0,"Limit":50}]}""";

    private final KingdeeSimulator kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(0, "acct", "hub", "app", "secret",
            Duration.ofMinutes(20)));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String session;

    @BeforeEach
    void start() throws Exception {
        kingdee.start();
        kingdee.masterData().customers(List.of("CUST-1")).materials(List.of("MAT-1"));
        session = post("AuthService.LoginByAppSecret", "{\"parameters\":[\"acct\",\"hub\",\"app\",\"secret\",2052]}")
                .path("KDSVCSessionId").asText();
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aSavedSalesOrderHasAnOutboundWithItsWaybill() throws Exception {
        post("DynamicFormService.Save", ORDER);

        JsonNode rows = post("DynamicFormService.ExecuteBillQuery", OUTBOUND_QUERY.formatted("HUB360"));

        SimulatedDelivery delivery = kingdee.shipping().of("HUB360").get(0);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0).asText()).isEqualTo(delivery.number()).startsWith("XSCKD");
        assertThat(rows.get(0).get(1).asText()).isEqualTo("C");
        assertThat(rows.get(0).get(2).asText()).isEqualTo("shunfeng");
        assertThat(rows.get(0).get(3).asText()).isEqualTo(delivery.waybillNumber()).startsWith("SF");
    }

    @Test
    void anOrderShippedTwiceHasTwoOutboundsAndOtherOrdersNone() throws Exception {
        post("DynamicFormService.Save", ORDER);
        kingdee.shipping().ship("HUB360");

        assertThat(post("DynamicFormService.ExecuteBillQuery", OUTBOUND_QUERY.formatted("HUB360"))).hasSize(2);
        assertThat(post("DynamicFormService.ExecuteBillQuery", OUTBOUND_QUERY.formatted("HUBOTHER"))).isEmpty();
    }

    @Test
    void noOutboundWhileTheWarehouseHoldsShipping() throws Exception {
        kingdee.shipping().shipsAtOnce(false);
        post("DynamicFormService.Save", ORDER);

        assertThat(post("DynamicFormService.ExecuteBillQuery", OUTBOUND_QUERY.formatted("HUB360"))).isEmpty();
    }

    private JsonNode post(String service, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kingdee.baseUrl() + SERVICE.formatted(service)))
                .header("Content-Type", "application/json")
                .header("Cookie", "kdservice-sessionid=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
