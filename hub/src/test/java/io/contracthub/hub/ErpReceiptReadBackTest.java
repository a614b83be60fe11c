package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.hub.payment.receipt.ErpReceiptReadBack;
import io.contracthub.simulators.erp.Fault;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.u8.U8Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node 5 from the ERPs' own books: receipts booked in the simulated Kingdee, U8 and SAP are read back for the open
 * invoices and matched by the statement rules (exact amount, the invoice's customer; anything else to a person).
 */
class ErpReceiptReadBackTest extends HubIntegrationTest {

    private static final String CUSTOMER = "华东医疗器械有限公司";

    @Autowired
    private ErpReceiptReadBack readBack;
    @Autowired
    private KingdeeSimulator kingdee;
    @Autowired
    private U8Simulator u8;
    @Autowired
    private SapSimulator sap;

    @AfterEach
    void calmTheErps() {
        kingdee.faults().clear();
        u8.faults().clear();
        sap.faults().clear();
    }

    @Test
    void aKingdeeReceiptForTheWholeInvoicePaysTheContract() {
        String id = invoicedContract();
        BigDecimal gross = gross(id);
        String invoice = "HUB" + suffix();
        state(id, invoice, gross);
        String receipt = kingdee.receipts().book(invoice, CUSTOMER, gross, LocalDate.of(2026, 3, 2)).number();

        readBack.readBack();

        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("PAID");
        JsonNode received = paymentEntries(id).stream()
                .filter(entry -> entry.path("reason").asText().startsWith("[journey kind=RECEIVED")).findFirst().orElseThrow();
        assertThat(received.path("sourceSystem").asText()).isEqualTo("kingdee");
        assertThat(received.path("reason").asText()).contains("invoice=" + invoice).contains("kingdee receipt " + receipt);
    }

    @Test
    void aReceiptReadTwiceIsTakenOnce() {
        String id = invoicedContract();
        BigDecimal gross = gross(id);
        String invoice = "HUB" + suffix();
        state(id, invoice, gross);
        BigDecimal half = new BigDecimal("100.00");
        sap.receipts().book(invoice, CUSTOMER, half, LocalDate.of(2026, 3, 3));

        readBack.readBack();
        readBack.readBack();

        assertThat(lines("erp-sap", invoice)).hasSize(1);
        assertThat(invoice(id, invoice).path("received").decimalValue()).as("a partial payment waits for a person").isZero();
        assertThat(lines("erp-sap", invoice).get(0).get("status")).isEqualTo("REVIEW");
        assertThat((String) lines("erp-sap", invoice).get(0).get("note")).startsWith("partial payment: 100.00 of ");
    }

    @Test
    void aReceiptPaidByAnotherCompanyWaitsForAPerson() {
        String id = invoicedContract();
        BigDecimal gross = gross(id);
        String invoice = "HUB" + suffix();
        state(id, invoice, gross);
        u8.receipts().book(invoice, "另一家贸易有限公司", gross, LocalDate.of(2026, 3, 4));

        readBack.readBack();

        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("INVOICED");
        List<Map<String, Object>> lines = lines("erp-u8", invoice);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("status")).isEqualTo("REVIEW");
        assertThat((String) lines.get(0).get("note")).contains("is not its customer");
    }

    @Test
    void anErpThatIsDownIsSkippedAndReadNextRound() {
        String id = invoicedContract();
        BigDecimal gross = gross(id);
        String invoice = "HUB" + suffix();
        state(id, invoice, gross);
        kingdee.receipts().book(invoice, CUSTOMER, gross, LocalDate.of(2026, 3, 5));
        Fault[] outage = new Fault[40];
        java.util.Arrays.fill(outage, Fault.SERVER_ERROR);
        kingdee.faults().failNext(outage);

        readBack.readBack();
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("INVOICED");

        kingdee.faults().clear();
        readBack.readBack();
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("PAID");
    }

    private String invoicedContract() {
        String number = uniqueNumber();
        assertThat(postCrm(CrmEvents.event(number, "SIGNED")).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        for (String facet : List.of("SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT")) {
            recordManual(id, facet, "CONFIRMED", "ops.test");
        }
        HttpResponse<String> invoiced = apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"ERP_DOCUMENTS","outcome":"CONFIRMED","actor":"finance.zhao","reason":"invoices issued by hand",
                 "milestone":"INVOICE_CREATED"}""");
        assertThat(invoiced.statusCode()).isEqualTo(201);
        awaitContract(id, "INVOICED");
        return id;
    }

    private BigDecimal gross(String id) {
        return new BigDecimal(json(apiGet("/api/contracts/" + id)).path("terms").path("totals").path("gross").asText());
    }

    private void state(String contractId, String invoice, BigDecimal amount) {
        HttpResponse<String> response = apiPost("/api/contracts/" + contractId + "/payment-journey/facts",
                "{\"statement\":\"INVOICED\",\"invoice\":\"" + invoice + "\",\"actor\":\"finance.zhao\",\"amount\":\""
                        + amount.toPlainString() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode invoice(String contractId, String invoice) {
        for (JsonNode node : json(apiGet("/api/contracts/" + contractId + "/payment-journey")).path("invoices")) {
            if (invoice.equals(node.path("invoice").asText())) {
                return node;
            }
        }
        throw new AssertionError("no invoice " + invoice);
    }

    private List<JsonNode> paymentEntries(String contractId) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        json(apiGet("/api/contracts/" + contractId + "/timeline")).forEach(entry -> {
            if ("PAYMENT".equals(entry.path("facet").asText())) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private List<Map<String, Object>> lines(String ledger, String invoice) {
        return jdbc.queryForList("SELECT status, note FROM bank_statement_line WHERE bank = ? AND reference LIKE ?",
                ledger, invoice + " %");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
