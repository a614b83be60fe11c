package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.erp.ErpReference;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.hub.reports.reconcile.CheckResult;
import io.contracthub.hub.reports.reconcile.ErpDocumentsCheck;
import io.contracthub.hub.reports.reconcile.ErpTriggerRepository;
import io.contracthub.hub.reports.reconcile.Finding;
import io.contracthub.hub.reports.reconcile.KingdeeDocumentReader;
import io.contracthub.hub.reports.reconcile.RequestBudget;
import io.contracthub.hub.reports.reconcile.SampledContract;
import io.contracthub.routes.erp.ErpConnectors;
import io.contracthub.routes.erp.ErpTargets;
import io.contracthub.simulators.esign.EsignSimulator;
import io.contracthub.simulators.esign.SimulatedSignFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signed terms are locked: a change after signature is an amendment, never a silent edit (docs/amendments.md). */
class AmendmentTest extends ErpDeliveryTest {

    private static final String SIGNED_PRICE = "\"unitPrice\": \"2400000.00\"";
    private static final String LOWER_PRICE = "\"unitPrice\": \"1900000.00\"";
    private static final BigDecimal SIGNED_GROSS = new BigDecimal("2712001.07");
    private static final BigDecimal AMENDED_GROSS = new BigDecimal("2147001.07");

    private EsignSimulator esign;
    @Autowired
    private ErpConnectors erps;
    @Autowired
    private ErpTargets erpTargets;
    @Autowired
    private ErpTriggerRepository erpTriggers;

    @BeforeEach
    void pointTheEsignSimulatorAtThisHub() {
        esign = EsignSimulatorForTests.simulator();
        esign.pushCallbacksTo(uri("/webhooks/esign").toString());
    }

    @Test
    void aPriceChangeAfterInvoicingIsAPendingAmendmentThatChangesNothingDownstream() {
        String id = invoicedContract(KINGDEE_REGION);
        int outboxBefore = outboxRows(id);
        int erpDocumentsBefore = kingdee.journal().all().size();

        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));

        JsonNode amendments = awaitPendingAmendment(id);
        JsonNode contract = json(apiGet("/api/contracts/" + id));
        assertThat(contract.path("terms").path("totals").path("gross").decimalValue()).isEqualByComparingTo(SIGNED_GROSS);
        assertThat(contract.path("lifecycle").asText()).isEqualTo("INVOICED");
        assertThat(contract.path("tier").asText()).isEqualTo("YELLOW");
        assertThat(contract.path("tierReason").asText()).contains(amendments.path("pending").path("id").asText()).contains("pending");
        assertThat(amendments.path("signedVersion").path("terms").path("totals").path("gross").decimalValue())
                .isEqualByComparingTo(SIGNED_GROSS);
        assertThat(amendments.path("pending").path("differences")).hasSize(1);
        JsonNode difference = amendments.path("pending").path("differences").get(0);
        assertThat(difference.path("field").asText()).isEqualTo("lines[0].unitPriceExclTax");
        assertThat(difference.path("signed").asText()).isEqualTo("2400000");
        assertThat(difference.path("proposed").asText()).isEqualTo("1900000");
        String amendmentId = amendments.path("pending").path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(amendmentId), notices -> notices.size() == 3);
        assertThat(notices(amendmentId)).containsExactlyInAnyOrder("amendment-pending-rep", "amendment-pending-legal",
                "amendment-pending-finance");
        assertThat(outboxRows(id)).as("no trigger fires again").isEqualTo(outboxBefore);
        assertThat(kingdee.journal().all()).as("the ERP's journal is unchanged").hasSize(erpDocumentsBefore);
    }

    @Test
    void theSameChangeSentTwiceIsOneAmendmentAndOneNoticeEach() {
        String id = effectiveContract(KINGDEE_REGION);
        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(amendmentId), notices -> notices.size() == 3);

        String again = crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE);
        postCrm(again);

        String againId = json(again).path("eventId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id).contains(againId));
        JsonNode amendments = json(apiGet("/api/contracts/" + id + "/amendments"));
        assertThat(amendments.path("amendments")).hasSize(1);
        assertThat(notices(amendmentId)).hasSize(3);
    }

    @Test
    void anAmendmentSignedInEsignBecomesOneAmendedOrderInEachErpAndOneReversalTask() {
        for (String region : List.of(KINGDEE_REGION, U8_REGION, SAP_REGION)) {
            String id = invoicedContract(region);
            String orderReference = ErpReference.of(idempotencyKey(id, STOCKING));
            postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
            String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();

            HttpResponse<String> requested = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/sign-flow", "{}");
            assertThat(requested.statusCode()).isEqualTo(202);
            SimulatedSignFlow flow = await().atMost(Duration.ofSeconds(30)).until(() -> esign.flows().stream()
                    .filter(f -> f.title().endsWith("-" + amendmentId)).findFirst().orElse(null), f -> f != null);
            esign.finish(flow.signFlowId(), EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());

            JsonNode amendments = await().atMost(Duration.ofSeconds(30)).until(
                    () -> json(apiGet("/api/contracts/" + id + "/amendments")),
                    a -> "SIGNED".equals(a.path("amendments").path(0).path("status").asText()));
            assertThat(amendments.path("signedVersion").path("revision").asInt()).isEqualTo(1);
            assertThat(amendments.path("signedVersion").path("amendmentId").asText()).isEqualTo(amendmentId);
            assertThat(amendments.path("signedVersion").path("signFlowId").asText()).isEqualTo(flow.signFlowId());
            assertThat(amendments.path("signedVersion").path("terms").path("totals").path("gross").decimalValue())
                    .isEqualByComparingTo(AMENDED_GROSS);
            assertThat(amendments.path("tier").asText()).isEqualTo("GREEN");
            await().atMost(Duration.ofSeconds(60)).until(() -> erpEntries(id).stream()
                    .anyMatch(entry -> entry.path("reason").asText().startsWith("amended sales order")));
            assertThat(amendedOrders(region, id, orderReference)).as("amended orders in " + region).hasSize(1);
            JsonNode reversal = reversalTask(id);
            assertThat(reversal.path("reversal").path("invoicedGross").decimalValue()).isEqualByComparingTo(SIGNED_GROSS);
            assertThat(reversal.path("reversal").path("amendedGross").decimalValue()).isEqualByComparingTo(AMENDED_GROSS);
            assertThat(reversal.path("reversal").path("reason").asText()).contains(amendmentId);
            assertThat(reversal.path("amendment").path("id").asText()).isEqualTo(amendmentId);
        }
    }

    @Test
    void afterASignedAmendmentReconciliationFindsTheAmendedOrderAndTheOriginalInvoiceConsistent() {
        String id = invoicedContract(KINGDEE_REGION);
        String amendmentId = signedAmendment(id);
        awaitAmendedOrder(id);

        CheckResult kingdeeDocuments = reconcileErpDocuments(id);

        assertThat(kingdeeDocuments.system()).isEqualTo("kingdee");
        assertThat(kingdeeDocuments.findings()).isEmpty();
        assertThat(reversalTask(id).path("amendment").path("id").asText()).isEqualTo(amendmentId);
    }

    @Test
    void anIssuedInvoiceChangedToTheAmendedTotalInsteadOfReversedIsAnInconsistency() {
        String id = invoicedContract(KINGDEE_REGION);
        signedAmendment(id);
        awaitAmendedOrder(id);
        String invoiceNo = ErpReference.of(idempotencyKey(id, INVOICING));
        kingdee.editBill("IV_SALESIC", invoiceNo, bill -> {
            ObjectNode line = (ObjectNode) bill.path("FSALESICENTRY").get(0);
            line.put("FALLAMOUNTFOR", new BigDecimal(line.path("FALLAMOUNTFOR").asText()).add(AMENDED_GROSS.subtract(SIGNED_GROSS)));
        });

        CheckResult kingdeeDocuments = reconcileErpDocuments(id);

        assertThat(kingdeeDocuments.findings()).containsExactly(
                new Finding("invoice-total", SIGNED_GROSS.toPlainString(), AMENDED_GROSS.toPlainString()));
    }

    @Test
    void aSupplementaryAgreementRejectedInEsignRejectsTheAmendmentNotTheContract() {
        String id = effectiveContract(KINGDEE_REGION);
        String lifecycle = awaitErpEntriesThenLifecycle(id);
        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();
        apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/sign-flow", "{}");
        SimulatedSignFlow flow = await().atMost(Duration.ofSeconds(30)).until(() -> esign.flows().stream()
                .filter(f -> f.title().endsWith("-" + amendmentId)).findFirst().orElse(null), f -> f != null);

        esign.finish(flow.signFlowId(), EsignSimulator.REJECTED, EsignSimulator.Delivery.standard());

        JsonNode amendments = await().atMost(Duration.ofSeconds(30)).until(
                () -> json(apiGet("/api/contracts/" + id + "/amendments")),
                a -> "REJECTED".equals(a.path("amendments").path(0).path("status").asText()));
        assertThat(amendments.path("signedVersion").path("revision").asInt()).isZero();
        assertThat(amendments.path("tier").asText()).isEqualTo("GREEN");
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo(lifecycle);
    }

    @Test
    void legalApprovingTheSameAmendmentTwiceHasOneEffect() {
        String id = invoicedContract(KINGDEE_REGION);
        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();
        String decision = "{\"decision\":\"APPROVE\",\"decidedBy\":\"legal.sun\",\"reason\":\"customer accepted the discount in writing\"}";

        HttpResponse<String> first = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/decision", decision);
        HttpResponse<String> again = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/decision", decision);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("amendments").path(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(json(again).path("amendments").path(0).path("decidedBy").asText()).isEqualTo("legal.sun");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE contract_id = ? AND trigger_name IN (?, ?)",
                Integer.class, id, "supplychain.amended-order", "finance.invoice-reversal")).isEqualTo(2);
        HttpResponse<String> reversed = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/decision",
                "{\"decision\":\"REJECT\",\"decidedBy\":\"legal.sun\",\"reason\":\"changed my mind\"}");
        assertThat(reversed.statusCode()).isEqualTo(409);
        assertThat(json(reversed).path("code").asText()).isEqualTo("amendment_not_pending");
    }

    @Test
    void aRejectedAmendmentLeavesTheSignedTermsAndSaysSo() {
        String id = invoicedContract(KINGDEE_REGION);
        JsonNode signedBefore = json(apiGet("/api/contracts/" + id + "/amendments")).path("signedVersion");
        int outboxBefore = outboxRows(id);
        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();

        HttpResponse<String> rejected = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/decision",
                "{\"decision\":\"REJECT\",\"decidedBy\":\"legal.sun\",\"reason\":\"the discount was never agreed\"}");

        assertThat(rejected.statusCode()).isEqualTo(200);
        JsonNode amendments = json(rejected);
        assertThat(amendments.path("signedVersion")).isEqualTo(signedBefore);
        assertThat(amendments.path("amendments").path(0).path("status").asText()).isEqualTo("REJECTED");
        assertThat(amendments.path("amendments").path(0).path("decisionReason").asText()).contains("the discount was never agreed");
        assertThat(amendments.path("pending").isNull()).isTrue();
        assertThat(amendments.path("tier").asText()).isEqualTo("GREEN");
        assertThat(json(apiGet("/api/contracts/" + id)).path("terms").path("totals").path("gross").decimalValue())
                .isEqualByComparingTo(SIGNED_GROSS);
        assertThat(outboxRows(id)).isEqualTo(outboxBefore);
    }

    @Test
    void beforeSignatureTheCrmStillChangesTheTerms() {
        String id = claimedContract();

        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));

        JsonNode contract = await().atMost(Duration.ofSeconds(30)).until(() -> json(apiGet("/api/contracts/" + id)),
                c -> c.path("terms").path("totals").path("gross").decimalValue().compareTo(AMENDED_GROSS) == 0);
        assertThat(contract.path("signedVersion").isNull()).isTrue();
        assertThat(contract.path("amendments")).isEmpty();
    }

    @Test
    void aChangeOfNoLockedFieldIsAppliedWithoutAmendment() {
        String id = effectiveContract(KINGDEE_REGION);

        postCrm(crmEvent(id, "SIGNED").replace("\"name\": \"Li Lei\"}", "\"name\": \"Li Lei\", \"phone\": \"13800000000\"}"));

        JsonNode contract = await().atMost(Duration.ofSeconds(30)).until(() -> json(apiGet("/api/contracts/" + id)),
                c -> "13800000000".equals(c.path("terms").path("salesRep").path("phone").asText()));
        assertThat(contract.path("amendments")).isEmpty();
        assertThat(contract.path("tier").asText()).isEqualTo("GREEN");
        assertThat(contract.path("signedVersion").path("revision").asInt()).isZero();
    }

    @Test
    void aDecisionWithoutWhoAndWhyIsRefused() {
        String id = effectiveContract(KINGDEE_REGION);
        postCrm(crmEvent(id, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(id).path("pending").path("id").asText();

        HttpResponse<String> missing = apiPost("/api/contracts/" + id + "/amendments/" + amendmentId + "/decision",
                "{\"decision\":\"MAYBE\"}");
        HttpResponse<String> unknown = apiPost("/api/contracts/" + id + "/amendments/AMD-000000000000/decision",
                "{\"decision\":\"APPROVE\",\"decidedBy\":\"legal.sun\",\"reason\":\"ok\"}");
        HttpResponse<String> noContract = apiGet("/api/contracts/no-such-contract/amendments");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).path("code").asText()).isEqualTo("missing_field");
        assertThat(json(missing).path("details").path("fields").fieldNames()).toIterable()
                .containsExactly("decision", "decidedBy", "reason");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("code").asText()).isEqualTo("amendment_not_found");
        assertThat(noContract.statusCode()).isEqualTo(404);
        assertThat(json(apiGet("/api/contracts/" + id + "/amendments")).path("pending").path("status").asText())
                .isEqualTo("PENDING");
    }

    @Test
    void linesThatDifferFromTheAcceptedQuoteAreRefused() {
        String number = uniqueNumber();
        String event = CrmEvents.event(number, "SIGNED").replace("\"currency\": \"CNY\",", """
                "currency": "CNY",
                "quote": {"number": "Q-2026-0042", "version": 3, "lines": [
                  {"productCode": "MRI-3T", "quantity": "1", "unitPrice": "2300000.00", "taxRate": "0.13"},
                  {"productCode": "SVC-Y1", "quantity": "3", "unitPrice": "0.335", "taxRate": "0.06"}]},""");

        HttpResponse<String> refused = postCrm(event);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("contract.lines").contains("Q-2026-0042");
    }

    private String invoicedContract(String region) {
        String id = effectiveContract(region);
        awaitErpEntries(id, 2, Duration.ofSeconds(60));
        awaitContract(id, "INVOICED");
        return id;
    }

    private void awaitAmendedOrder(String contractId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> erpEntries(contractId).stream()
                .anyMatch(entry -> entry.path("reason").asText().startsWith("amended sales order")));
    }

    /**
     * Reconciliation's check of the ERP documents, for this one contract only (a whole run would read every contract
     * the other tests left in the database).
     */
    private CheckResult reconcileErpDocuments(String contractId) {
        try {
            ContractView view = objectMapper.readValue(
                    jdbc.queryForObject("SELECT view_json FROM contract WHERE id = ?", String.class, contractId), ContractView.class);
            KingdeeConnector connector = (KingdeeConnector) erps.find(KingdeeConnector.SYSTEM).orElseThrow();
            ErpDocumentsCheck check = new ErpDocumentsCheck(erpTriggers, erpTargets, List.of(new KingdeeDocumentReader(connector)),
                    objectMapper, Clock.systemUTC(), Duration.ZERO);
            return check.check(new SampledContract(contractId, view.contractNumber(), view.lifecycle(), view),
                    new RequestBudget(100)).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The price lowered in the CRM after signature and the supplementary agreement signed in esign: the amendment's id. */
    private String signedAmendment(String contractId) {
        postCrm(crmEvent(contractId, "SIGNED").replace(SIGNED_PRICE, LOWER_PRICE));
        String amendmentId = awaitPendingAmendment(contractId).path("pending").path("id").asText();
        assertThat(apiPost("/api/contracts/" + contractId + "/amendments/" + amendmentId + "/sign-flow", "{}").statusCode())
                .isEqualTo(202);
        SimulatedSignFlow flow = await().atMost(Duration.ofSeconds(30)).until(() -> esign.flows().stream()
                .filter(f -> f.title().endsWith("-" + amendmentId)).findFirst().orElse(null), f -> f != null);
        esign.finish(flow.signFlowId(), EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());
        await().atMost(Duration.ofSeconds(30)).until(() -> json(apiGet("/api/contracts/" + contractId + "/amendments")),
                a -> "SIGNED".equals(a.path("amendments").path(0).path("status").asText()));
        return amendmentId;
    }

    private String awaitErpEntriesThenLifecycle(String contractId) {
        awaitErpEntries(contractId, 2, Duration.ofSeconds(60));
        return awaitContract(contractId, "INVOICED").path("lifecycle").asText();
    }

    private String crmEvent(String contractId, String stage) {
        String number = json(apiGet("/api/contracts/" + contractId)).path("contractNumber").asText();
        String region = json(apiGet("/api/contracts/" + contractId)).path("terms").path("customer").path("region").asText();
        return CrmEvents.event("crm-evt-" + UUID.randomUUID(), Instant.now(), number, stage, "HOSPITAL")
                .replace("\"region\": \"Shanghai\"", "\"region\": \"" + region + "\"");
    }

    private JsonNode awaitPendingAmendment(String contractId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> json(apiGet("/api/contracts/" + contractId + "/amendments")),
                a -> "PENDING".equals(a.path("pending").path("status").asText()));
    }

    private List<String> notices(String amendmentId) {
        return jdbc.queryForList("""
                SELECT n.event FROM people_notification n JOIN contract_amendment a ON n.source_id = a.id
                 WHERE n.source_table = 'amendment' AND a.amendment_id = ?""", String.class, amendmentId);
    }

    private int outboxRows(String contractId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE contract_id = ?", Integer.class, contractId);
    }

    private String timeline(String contractId) {
        return apiGet("/api/contracts/" + contractId + "/timeline").body();
    }

    private JsonNode json(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode reversalTask(String contractId) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM outbox WHERE contract_id = ? AND trigger_name = ?",
                String.class, contractId, "finance.invoice-reversal");
        assertThat(payloads).hasSize(1);
        try {
            return objectMapper.readTree(payloads.get(0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<?> amendedOrders(String region, String contractId, String orderReference) {
        return switch (region) {
            case KINGDEE_REGION -> kingdee.journal().withReference(orderReference).stream()
                    .filter(d -> d.type().equals("SAL_SaleOrder:modify")).toList();
            case U8_REGION -> u8.journal().withReference(orderReference).stream()
                    .filter(d -> d.type().equals("saleorder:edit")).toList();
            default -> {
                String sapOrder = erpEntries(contractId).stream().map(e -> e.path("reason").asText())
                        .filter(r -> r.startsWith("amended sales order")).findFirst().orElseThrow().split(" ")[3];
                // one amended order: each item's quantity changed once
                yield sap.journal().ofType("A_SalesOrderItem:PATCH").stream()
                        .filter(d -> d.number().equals(sapOrder) && d.reference().endsWith("/10")).toList();
            }
        };
    }
}
