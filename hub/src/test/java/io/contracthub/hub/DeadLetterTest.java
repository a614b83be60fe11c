package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.CachingConnectionFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetterTest extends HubIntegrationTest {

    private static final String QUEUE = "finance.invoicing-tasks";

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void aMessageItsConsumerKeepsFailingIsRedeliveredThenDeadLetteredThenReplayedWithItsKey() throws JMSException {
        String id = effectiveContract();
        String selector = "HubContractId = '" + id + "'";
        String key;
        // a real connection: closing one from the caching factory would leave its consumer (and the group) open
        try (Connection connection = ((CachingConnectionFactory) connectionFactory).getTargetConnectionFactory().createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE), selector);
            Message first = consumer.receive(5_000);
            assertThat(first).isNotNull();
            key = first.getStringProperty("HubIdempotencyKey");
            session.rollback();
            int deliveries = 1;
            Message redelivered;
            while ((redelivered = consumer.receive(3_000)) != null) {
                assertThat(redelivered.getStringProperty("HubIdempotencyKey")).isEqualTo(key);
                deliveries++;
                session.rollback();
            }
            assertThat(deliveries).as("delivery attempts before the broker gives up").isEqualTo(3);
        }

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterFor(key), d -> d != null);
        assertThat(deadLetter.path("origin").asText()).isEqualTo("QUEUE");
        assertThat(deadLetter.path("destination").asText()).isEqualTo(QUEUE);
        assertThat(deadLetter.path("contractId").asText()).isEqualTo(id);
        assertThat(deadLetter.path("reason").asText()).contains("after 3 delivery attempts");

        assertThat(apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "").statusCode()).isEqualTo(202);

        Message replayed = jms.receiveSelected(QUEUE, selector);
        assertThat(replayed).isNotNull();
        assertThat(replayed.getStringProperty("HubIdempotencyKey")).isEqualTo(key);
        assertThat(replayed.getStringProperty("JMSXGroupID")).isEqualTo(id);
        assertThat(deadLetterFor(key).path("replayCount").asInt()).isEqualTo(1);
    }

    @Test
    void anInboxMessageThatKeepsFailingIsRetriedWithBackoffThenDeadLetteredAndReplayedAfterTheFix() {
        String healthyNumber = uniqueNumber();
        postCrm(event(healthyNumber, "SIGNED"));
        awaitContractId(healthyNumber);
        String healthyCanonical = jdbc.queryForObject("SELECT canonical_json FROM inbox WHERE contract_key = ?",
                String.class, healthyNumber);
        String brokenNumber = uniqueNumber();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        // stands for a message that can't be processed for now (a bug, a missing reference), not bad input
        jdbc.update("""
                INSERT INTO inbox (source_system, source_event_id, contract_key, occurred_at, received_at, payload_hash,
                                   raw_payload, canonical_json, status, attempts, next_attempt_at)
                VALUES ('crm', ?, ?, ?, ?, 'hash', '{}', '{"evidence":{}}', 'PENDING', 0, ?)""",
                "evt-" + brokenNumber, brokenNumber, now, now, now);

        String inboxStatus = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT status FROM inbox WHERE contract_key = ?", String.class, brokenNumber), "DEAD"::equals);
        assertThat(inboxStatus).isEqualTo("DEAD");
        assertThat(jdbc.queryForObject("SELECT attempts FROM inbox WHERE contract_key = ?", Integer.class, brokenNumber)).isEqualTo(3);
        JsonNode deadLetter = await().atMost(Duration.ofSeconds(5)).until(() -> deadLetterForContract(brokenNumber), d -> d != null);
        assertThat(deadLetter.path("origin").asText()).isEqualTo("INBOX");
        assertThat(deadLetter.path("reason").asText()).contains("gave up after 3 attempts");

        jdbc.update("UPDATE inbox SET canonical_json = ? WHERE contract_key = ?",
                healthyCanonical.replace(healthyNumber, brokenNumber)
                        .replaceFirst("\"sourceEventId\":\"[^\"]+\"", "\"sourceEventId\":\"evt-" + brokenNumber + "\""),
                brokenNumber);
        assertThat(apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "").statusCode()).isEqualTo(202);

        String id = awaitContractId(brokenNumber);
        assertThat(awaitContract(id, "CLAIMED_BY_SALES").path("contractNumber").asText()).isEqualTo(brokenNumber);
    }

    @Test
    void unknownDeadLetterGets404() {
        assertThat(json(apiPost("/api/dead-letters/999999/replay", "")).path("code").asText()).isEqualTo("dead_letter_not_found");
    }

    private JsonNode deadLetterFor(String key) {
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if (key.equals(item.path("reference").asText())) {
                return item;
            }
        }
        return null;
    }

    private JsonNode deadLetterForContract(String contractKey) {
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if (contractKey.equals(item.path("contractId").asText())) {
                return item;
            }
        }
        return null;
    }

    private String effectiveContract() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        return id;
    }
}
