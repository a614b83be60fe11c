package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.routes.spi.OutboxMessage;
import io.contracthub.routes.outbox.OutboxPublisher;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EffectiveTriggersTest extends HubIntegrationTest {

    private static final List<String> TRIGGER_QUEUES =
            List.of("finance.invoicing-tasks", "supplychain.stocking-instructions", "project.scheduling-requests");

    @Autowired
    ContractEvidenceService evidenceService;
    @Autowired
    OutboxPublisher publisher;

    @Test
    void contractBecomesEffectiveAndGreenOnlyWhenEveryRequiredFacetIsClosed() {
        String id = claimedBySales();

        assertThat(recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang").path("tier").asText()).isEqualTo("YELLOW");
        assertThat(recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao").path("lifecycle").asText()).isEqualTo("SIGNED");
        JsonNode effective = recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");

        assertThat(effective.path("lifecycle").asText()).isEqualTo("EFFECTIVE");
        assertThat(effective.path("tier").asText()).isEqualTo("GREEN");
    }

    @Test
    void becomingEffectiveSendsOneCompleteMessageToEachTriggerQueue() throws JMSException {
        String id = effectiveContract();

        for (String queue : TRIGGER_QUEUES) {
            Message message = jms.receiveSelected(queue, "HubContractId = '" + id + "'");
            assertThat(message).as(queue).isNotNull();
            assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(id);
            JsonNode task = readJson(message);
            assertThat(task.path("idempotencyKey").asText()).isEqualTo(message.getStringProperty("HubIdempotencyKey"))
                    .startsWith(id + ":").endsWith(":" + task.path("contractVersion").asLong());
            assertThat(task.path("lifecycle").asText()).isEqualTo("EFFECTIVE");
            assertThat(task.at("/contract/customer/name").asText()).isEqualTo("华东医疗器械有限公司");
            assertThat(task.at("/contract/invoice/taxNumber").asText()).isEqualTo(CrmEvents.VALID_CREDIT_CODE);
            assertThat(task.at("/contract/lines/1/net").decimalValue()).isEqualByComparingTo("1.01");
            assertThat(task.at("/contract/lines/1/tax").decimalValue()).isEqualByComparingTo("0.06");
            assertThat(task.at("/contract/lines/1/gross").decimalValue()).isEqualByComparingTo("1.07");
            assertThat(task.at("/contract/lines/1/taxRate").decimalValue()).isEqualByComparingTo("0.06");
            assertThat(task.at("/contract/totals/gross").decimalValue()).isEqualByComparingTo("2712001.07");
            assertThat(task.at("/contract/paymentTerms/creditDays").asInt()).isEqualTo(60);
            assertThat(task.at("/contract/bankAccount/accountNumber").asText()).isEqualTo("6222020200112233445");
        }
        jms.setReceiveTimeout(500);
        for (String queue : TRIGGER_QUEUES) {
            assertThat(jms.receiveSelected(queue, "HubContractId = '" + id + "'")).as("second message on " + queue).isNull();
        }
    }

    @Test
    void republishingAfterACrashBetweenSendAndMarkIsDroppedByTheBroker() throws JMSException {
        String id = effectiveContract();
        String selector = "HubContractId = '" + id + "'";
        Message published = jms.receiveSelected(TRIGGER_QUEUES.get(0), selector);
        assertThat(published).isNotNull();
        OutboxMessage again = jdbc.queryForObject("""
                        SELECT id, contract_id, trigger_name, destination, idempotency_key, payload FROM outbox
                         WHERE contract_id = ? AND destination = ?""",
                (rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), "HT-TEST", rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                id, TRIGGER_QUEUES.get(0));

        publisher.publish(List.of(again));

        jms.setReceiveTimeout(1_000);
        assertThat(jms.receiveSelected(TRIGGER_QUEUES.get(0), selector)).as("re-published duplicate").isNull();
    }

    @Test
    void aReSentBatchHoldingOneDuplicateStillDeliversItsNewMessagesOnce() throws JMSException {
        String id = effectiveContract();
        String selector = "HubContractId = '" + id + "'";
        assertThat(jms.receiveSelected(TRIGGER_QUEUES.get(0), selector)).isNotNull();
        OutboxMessage again = jdbc.queryForObject("""
                        SELECT id, contract_id, trigger_name, destination, idempotency_key, payload FROM outbox
                         WHERE contract_id = ? AND destination = ?""",
                (rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), "HT-TEST", rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                id, TRIGGER_QUEUES.get(0));
        OutboxMessage fresh = new OutboxMessage(-1, id, "HT-TEST", again.trigger(), TRIGGER_QUEUES.get(0), again.idempotencyKey() + ":fresh", "{}");

        publisher.publish(List.of(again, fresh));

        Message delivered = jms.receiveSelected(TRIGGER_QUEUES.get(0), selector);
        assertThat(delivered).isNotNull();
        assertThat(delivered.getStringProperty("HubIdempotencyKey")).isEqualTo(fresh.idempotencyKey());
        jms.setReceiveTimeout(1_000);
        assertThat(jms.receiveSelected(TRIGGER_QUEUES.get(0), selector)).as("anything more").isNull();
    }

    @Test
    void operatorsCanBrowseTheTriggerMessagesOfAContractWithoutConsumingThem() {
        String id = effectiveContract();
        await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                json(apiGet("/api/queues/project.scheduling-requests/messages?contractId=" + id)).size() == 1);

        JsonNode browsed = json(apiGet("/api/queues/project.scheduling-requests/messages?contractId=" + id));

        assertThat(browsed.get(0).path("groupId").asText()).isEqualTo(id);
        assertThat(browsed.get(0).at("/body/trigger").asText()).isEqualTo("project.scheduling");
        assertThat(jms.receiveSelected("project.scheduling-requests", "HubContractId = '" + id + "'")).as("still queued").isNotNull();
        assertThat(apiGet("/api/queues/no.such.queue/messages").statusCode()).isEqualTo(404);
        assertThat(apiGet("/api/queues/project.scheduling-requests/messages?contractId=x'%20OR%20'1'='1").statusCode()).isEqualTo(400);
    }

    @Test
    void timelineListsTheEvidenceOldestFirstWithTheTriggersItFired() {
        String id = effectiveContract();

        JsonNode timeline = json(apiGet("/api/contracts/" + id + "/timeline"));

        assertThat(timeline).hasSize(4);
        assertThat(timeline.get(0).path("sourceSystem").asText()).isEqualTo("crm");
        assertThat(timeline.get(0).path("lifecycleAfter").asText()).isEqualTo("CLAIMED_BY_SALES");
        assertThat(timeline.get(1).path("actor").asText()).isEqualTo("legal.wang");
        assertThat(timeline.get(1).path("sourceSystem").asText()).isEqualTo("manual");
        assertThat(timeline.get(3).path("lifecycleAfter").asText()).isEqualTo("EFFECTIVE");
        assertThat(timeline.get(3).path("triggers")).hasSize(3);
        assertThat(timeline.get(0).path("payloadHash").asText()).hasSize(64);
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(timeline.get(i).path("seq").asLong()).isGreaterThan(timeline.get(i - 1).path("seq").asLong());
        }
    }

    @Test
    void projectionRebuiltFromTheJournalEqualsTheStoredContract() throws Exception {
        String id = effectiveContract();

        JsonNode stored = json(apiGet("/api/contracts/" + id));
        JsonNode rebuilt = objectMapper.readTree(objectMapper.writeValueAsString(evidenceService.rebuild(id)));

        assertThat(rebuilt).isEqualTo(stored);
    }

    @Test
    void signatureRevokedAfterEffectiveMovesTheContractBackAndTheTimelineSaysWhy() {
        String id = effectiveContract();

        JsonNode revoked = recordManual(id, "SIGNATURE", "WITHDRAWN", "legal.wang");

        assertThat(revoked.path("lifecycle").asText()).isEqualTo("CLAIMED_BY_SALES");
        JsonNode timeline = json(apiGet("/api/contracts/" + id + "/timeline"));
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.path("facet").asText()).isEqualTo("SIGNATURE");
        assertThat(last.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(last.path("reason").asText()).isEqualTo("checked by legal.wang");
        assertThat(last.path("lifecycleAfter").asText()).isEqualTo("CLAIMED_BY_SALES");
        assertThat(last.path("triggers")).isEmpty();
    }

    @Test
    void medicalCustomerAlsoNeedsQualificationBeforeEffective() {
        String number = uniqueNumber();
        postCrm(event("crm-evt-" + number, java.time.Instant.now(), number, "SIGNED", "MEDICAL"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");

        JsonNode notYet = recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        assertThat(notYet.path("lifecycle").asText()).isEqualTo("SIGNED");

        assertThat(recordManual(id, "QUALIFICATION", "CONFIRMED", "qa.sun").path("lifecycle").asText()).isEqualTo("EFFECTIVE");
    }

    private String claimedBySales() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    private String effectiveContract() {
        String id = claimedBySales();
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        return id;
    }

    private JsonNode readJson(Message message) throws JMSException {
        try {
            return objectMapper.readTree(((TextMessage) message).getText());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
