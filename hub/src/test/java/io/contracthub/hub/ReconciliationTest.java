package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.erp.ErpReference;
import io.contracthub.simulators.crm.CrmSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation compares the hub with each system's own state: a mismatch is stored with both sides' values when a
 * run sees it, and closes itself when a later run finds the systems agree again.
 */
class ReconciliationTest extends ErpDeliveryTest {

    private CrmSimulator crm;

    @BeforeAll
    void crmSimulator() {
        crm = CrmSimulatorForTests.simulator(port, CRM_SECRET);
    }

    @Test
    void aKingdeeSalesOrderWithADifferentTotalIsAnInconsistencyUntilItsTotalAgreesAgain() {
        String id = effectiveContractFromTheCrm(KINGDEE_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        String billNo = ErpReference.of(idempotencyKey(id, STOCKING));
        BigDecimal gross = contractTotal(id, "gross");
        reconcile();
        assertThat(openInconsistencies(id)).isEmpty();

        kingdee.editBill("SAL_SaleOrder", billNo, bill -> addToFirstLine(bill, new BigDecimal("100.00")));
        JsonNode run = reconcile();

        assertThat(run.path("inconsistent").asInt()).isPositive();
        List<JsonNode> open = openInconsistencies(id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("system").asText()).isEqualTo("kingdee");
        assertThat(open.get(0).path("aspect").asText()).isEqualTo("sales-order-total");
        assertThat(open.get(0).path("hubValue").asText()).isEqualTo(gross.toPlainString());
        assertThat(open.get(0).path("systemValue").asText()).isEqualTo(gross.add(new BigDecimal("100.00")).toPlainString());
        assertThat(open.get(0).path("firstSeenAt").asText()).isNotBlank();

        kingdee.editBill("SAL_SaleOrder", billNo, bill -> addToFirstLine(bill, new BigDecimal("-100.00")));
        reconcile();

        assertThat(openInconsistencies(id)).isEmpty();
        JsonNode closed = allInconsistencies(id).get(0);
        assertThat(closed.path("aspect").asText()).isEqualTo("sales-order-total");
        assertThat(closed.path("closedAt").isNull()).isFalse();
    }

    @Test
    void aU8SalesOrderWithADifferentTotalIsAnInconsistencyUntilItsTotalAgreesAgain() {
        String id = effectiveContractFromTheCrm(U8_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        String code = ErpReference.of(idempotencyKey(id, STOCKING));
        BigDecimal gross = contractTotal(id, "gross");
        reconcile();
        assertThat(openInconsistencies(id)).isEmpty();

        u8.editVoucher("saleorder", code, voucher -> addToFirstEntry(voucher, new BigDecimal("100.00")));
        reconcile();

        List<JsonNode> open = openInconsistencies(id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("system").asText()).isEqualTo("u8");
        assertThat(open.get(0).path("aspect").asText()).isEqualTo("sales-order-total");
        assertThat(open.get(0).path("hubValue").asText()).isEqualTo(gross.toPlainString());
        assertThat(open.get(0).path("systemValue").asText()).isEqualTo(gross.add(new BigDecimal("100.00")).toPlainString());

        u8.editVoucher("saleorder", code, voucher -> addToFirstEntry(voucher, new BigDecimal("-100.00")));
        reconcile();

        assertThat(openInconsistencies(id)).isEmpty();
        assertThat(allInconsistencies(id)).extracting(item -> item.path("closedAt").isNull()).containsOnly(false);
    }

    @Test
    void anSapSalesOrderWithADifferentNetTotalIsAnInconsistencyUntilItsPriceAgreesAgain() {
        String id = effectiveContractFromTheCrm(SAP_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        String orderReference = references(id).get(2);
        BigDecimal net = contractTotal(id, "net");
        reconcile();
        assertThat(openInconsistencies(id)).isEmpty();

        BigDecimal[] quantity = new BigDecimal[1];
        sap.editSalesOrder(orderReference, order -> quantity[0] = addToFirstPrice(order, new BigDecimal("100.00")));
        reconcile();

        List<JsonNode> open = openInconsistencies(id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("system").asText()).isEqualTo("sap");
        assertThat(open.get(0).path("aspect").asText()).isEqualTo("sales-order-total");
        assertThat(open.get(0).path("hubValue").asText()).isEqualTo(net.toPlainString());
        assertThat(open.get(0).path("systemValue").asText())
                .isEqualTo(net.add(new BigDecimal("100.00").multiply(quantity[0])).setScale(2).toPlainString());

        sap.editSalesOrder(orderReference, order -> addToFirstPrice(order, new BigDecimal("-100.00")));
        reconcile();

        assertThat(openInconsistencies(id)).isEmpty();
        assertThat(allInconsistencies(id)).extracting(item -> item.path("closedAt").isNull()).containsOnly(false);
    }

    @Test
    void aCrmStageMovedBackIsAnInconsistencyUntilTheCrmMovesItForwardAgain() {
        String number = uniqueNumber();
        crm.sendStage(number, "SIGNED");
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        reconcile();
        assertThat(openInconsistencies(id)).isEmpty();

        crm.sendStage(number, "NEGOTIATING");
        reconcile();

        List<JsonNode> open = openInconsistencies(id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("system").asText()).isEqualTo("crm");
        assertThat(open.get(0).path("aspect").asText()).isEqualTo("crm-stage");
        assertThat(open.get(0).path("hubValue").asText()).isEqualTo("lifecycle CLAIMED_BY_SALES");
        assertThat(open.get(0).path("systemValue").asText()).isEqualTo("sales stage NEGOTIATING");

        crm.sendStage(number, "SIGNED");
        reconcile();

        assertThat(openInconsistencies(id)).isEmpty();
        assertThat(allInconsistencies(id)).extracting(item -> item.path("closedAt").isNull()).containsOnly(false);
    }

    @Test
    void aContractTheCrmDoesNotKnowIsAnInconsistencyOfTheCrm() {
        String id = claimedContract();

        reconcile();

        assertThat(openInconsistencies(id)).extracting(item -> item.path("systemValue").asText())
                .containsExactly("no such contract in the CRM");
    }

    @Test
    void theInconsistencyListRefusesAnUnknownStatusWithACode() {
        var response = apiGet("/api/reports/inconsistencies?status=maybe");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_status");
    }

    /** A hospital (no qualification needed) in {@code region}, which picks the company and so the ERP. */
    private String effectiveContractFromTheCrm(String region) {
        String number = uniqueNumber();
        crm.sendStage(number, "SIGNED", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("segment", "HOSPITAL").put("region", region));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        return id;
    }

    private BigDecimal contractTotal(String id, String which) {
        return new BigDecimal(json(apiGet("/api/contracts/" + id)).path("terms").path("totals").path(which).asText()).setScale(2);
    }

    private static void addToFirstEntry(ObjectNode voucher, BigDecimal amount) {
        ObjectNode entry = (ObjectNode) voucher.path("entry").get(0);
        entry.put("sum", new BigDecimal(entry.path("sum").asText()).add(amount));
    }

    /** Raises the first item's price condition by {@code amount}; answers the item's quantity. */
    private static BigDecimal addToFirstPrice(ObjectNode order, BigDecimal amount) {
        ObjectNode item = (ObjectNode) order.path("to_Item").get(0);
        ObjectNode price = (ObjectNode) item.path("to_PricingElement").get(0);
        price.put("ConditionRateValue", new BigDecimal(price.path("ConditionRateValue").asText()).add(amount).toPlainString());
        return new BigDecimal(item.path("RequestedQuantity").asText());
    }

    private static void addToFirstLine(ObjectNode bill, BigDecimal amount) {
        ObjectNode line = (ObjectNode) bill.path("FSaleOrderEntry").get(0);
        line.put("FAllAmount", new BigDecimal(line.path("FAllAmount").asText()).add(amount));
    }

    private JsonNode reconcile() {
        var response = apiPost("/api/reports/reconciliation/runs", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private List<JsonNode> openInconsistencies(String contractId) {
        return items(apiGet("/api/reports/inconsistencies?contractId=" + contractId));
    }

    private List<JsonNode> allInconsistencies(String contractId) {
        return items(apiGet("/api/reports/inconsistencies?status=all&contractId=" + contractId));
    }

    private List<JsonNode> items(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        json(response).path("items").forEach(items::add);
        return items;
    }
}
