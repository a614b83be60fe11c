package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.EXECUTE_BILL_QUERY;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** A receipt booked at POST /_sim/receipts is an audited AR_RECEIVEBILL (收款单) that ExecuteBillQuery finds by its source bill. */
class KingdeeReceiptTest {

    private static final String RECEIPT_QUERY = """
            {"parameters":["AR_RECEIVEBILL",{"FormId":"AR_RECEIVEBILL",
             "FieldKeys":"FBillNo,FDATE,FPAYUNIT.FName,FREALRECAMOUNTFOR,FSRCBILLNO,FDocumentStatus",
             "FilterString":"FDocumentStatus='C' and FSRCBILLNO in (%s)","OrderString":"","TopRowCount":0,"StartRow":0,"Limit":500}]}""";

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
    void aBookedReceiptIsReadBackByItsInvoice() throws Exception {
        HttpResponse<String> booked = webApi.sendToSimulator("/_sim/receipts",
                "{\"invoice\":\"HUB1A2B\",\"payer\":\"华东医疗器械有限公司\",\"amount\":\"1200.50\",\"date\":\"2026-03-02\"}");
        assertThat(booked.statusCode()).isEqualTo(201);
        String number = body(booked).path("number").asText();

        JsonNode rows = query("'HUB1A2B','HUBOTHER'");

        assertThat(number).startsWith("SKD");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).toString()).isEqualTo("[\"" + number + "\",\"2026-03-02T00:00\",\"华东医疗器械有限公司\",\"1200.50\",\"HUB1A2B\",\"C\"]");
        assertThat(query("'HUBOTHER'")).isEmpty();
    }

    @Test
    void refusesAReceiptWithoutInvoiceOrWithAnAmountFinerThanAFen() throws Exception {
        HttpResponse<String> noInvoice = webApi.sendToSimulator("/_sim/receipts", "{\"payer\":\"x\",\"amount\":\"1\"}");
        HttpResponse<String> fine = webApi.sendToSimulator("/_sim/receipts", "{\"invoice\":\"HUB1\",\"payer\":\"x\",\"amount\":\"1.001\"}");

        assertThat(noInvoice.statusCode()).isEqualTo(400);
        assertThat(fine.statusCode()).isEqualTo(400);
        assertThat(body(fine).path("code").asText()).isEqualTo("invalid_field");
        assertThat(kingdee.receipts().all()).isEmpty();
    }

    private JsonNode query(String invoices) throws Exception {
        return webApi.post(EXECUTE_BILL_QUERY, RECEIPT_QUERY.formatted(invoices));
    }
}
