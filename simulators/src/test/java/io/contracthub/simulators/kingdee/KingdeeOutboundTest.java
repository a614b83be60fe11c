package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.SimulatedDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.EXECUTE_BILL_QUERY;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.SAVE;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** A saved sales order ships at once: its sales outbound (SAL_OUTSTOCK) with a waybill, found by ExecuteBillQuery. */
class KingdeeOutboundTest {

    private static final String ORDER = salesOrder("HUB360");
    private static final String OUTBOUND_QUERY = """
            {"parameters":["SAL_OUTSTOCK",{"FormId":"SAL_OUTSTOCK",
             "FieldKeys":"FBillNo,FDocumentStatus,FCarrierID.FNumber,FCarriageNO",
             "FilterString":"FSoorDerno='%s'","OrderString":"","TopRowCount":0,"StartRow":0,"Limit":50}]}""";

    private final KingdeeSimulator kingdee = KingdeeWebApiClient.simulator();
    private final KingdeeWebApiClient webApi = new KingdeeWebApiClient(kingdee);

    @BeforeEach
    void start() throws Exception {
        kingdee.start();
        webApi.loginByAppSecret();
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aSavedSalesOrderHasAnOutboundWithItsWaybill() throws Exception {
        webApi.post(SAVE, ORDER);

        JsonNode rows = webApi.post(EXECUTE_BILL_QUERY, OUTBOUND_QUERY.formatted("HUB360"));

        SimulatedDelivery delivery = kingdee.shipping().of("HUB360").get(0);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0).asText()).isEqualTo(delivery.number()).startsWith("XSCKD");
        assertThat(rows.get(0).get(1).asText()).isEqualTo("C");
        assertThat(rows.get(0).get(2).asText()).isEqualTo("shunfeng");
        assertThat(rows.get(0).get(3).asText()).isEqualTo(delivery.waybillNumber()).startsWith("SF");
    }

    @Test
    void anOrderShippedTwiceHasTwoOutboundsAndOtherOrdersNone() throws Exception {
        webApi.post(SAVE, ORDER);
        kingdee.shipping().ship("HUB360");

        assertThat(webApi.post(EXECUTE_BILL_QUERY, OUTBOUND_QUERY.formatted("HUB360"))).hasSize(2);
        assertThat(webApi.post(EXECUTE_BILL_QUERY, OUTBOUND_QUERY.formatted("HUBOTHER"))).isEmpty();
    }

    @Test
    void noOutboundWhileTheWarehouseHoldsShipping() throws Exception {
        kingdee.shipping().shipsAtOnce(false);
        webApi.post(SAVE, ORDER);

        assertThat(webApi.post(EXECUTE_BILL_QUERY, OUTBOUND_QUERY.formatted("HUB360"))).isEmpty();
    }
}
