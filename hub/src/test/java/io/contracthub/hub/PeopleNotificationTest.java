package io.contracthub.hub;

import io.contracthub.simulators.people.ReceivedMessage;
import io.contracthub.simulators.wecom.WecomSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who is told what (config/notifications.yml), once per event, through a WeCom that expires tokens and has bad moments. */
class PeopleNotificationTest extends HubIntegrationTest {

    private WecomSimulator wecom;

    @org.junit.jupiter.api.BeforeEach
    void simulator() {
        wecom = PeopleSimulatorsForTests.wecom();
    }

    @AfterEach
    void wecomBackToNormal() {
        wecom.answerBusy(0);
    }

    @Test
    void tellsFinanceOnceWhenAnInvoicingTaskIsCreatedEvenAcrossAnExpiredToken() {
        String number = uniqueNumber();
        String id = effectiveContract(number);
        wecom.expireTokens();

        List<ReceivedMessage> toFinance = await().atMost(Duration.ofSeconds(10))
                .until(() -> about(number, wecom.messagesTo("finance.zhao")), messages -> !messages.isEmpty());

        assertThat(toFinance).singleElement().satisfies(message -> {
            assertThat(message.msgType()).isEqualTo("markdown");
            assertThat(message.content()).contains("Invoicing task created").contains(number);
        });
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> about(number, wecom.messagesTo("finance.zhao")).size() == 1);
        assertThat(jdbc.queryForObject("SELECT status FROM people_notification WHERE event = 'invoicing-task-created' AND contract_id = ?",
                String.class, id)).isEqualTo("SENT");
    }

    @Test
    void retriesWhileWecomIsBusyAndDeliversOnce() {
        wecom.answerBusy(2);
        String number = uniqueNumber();
        String id = effectiveContract(number);

        await().atMost(Duration.ofSeconds(30)).until(() -> about(number, wecom.messagesTo("finance.zhao")).size() == 1);
        // WeCom has the message before the hub has recorded its answer
        Map<String, Object> row = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForMap(
                "SELECT status, attempts FROM people_notification WHERE event = 'invoicing-task-created' AND contract_id = ?", id),
                r -> "SENT".equals(r.get("status")));
        assertThat(about(number, wecom.messagesTo("finance.zhao"))).hasSize(1);
        assertThat(((Number) row.get("attempts")).intValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void tellsTheManagerAboutADeadLetterInTheDingtalkGroup() {
        // as DeadLetterRoutes records what the broker dead-lettered
        String reference = "people-test-" + java.util.UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO dead_letter (origin, destination, reference, contract_id, reason, payload, created_at, replay_count)
                        VALUES ('QUEUE', 'finance.invoicing-tasks', ?, NULL, 'ERP rejected the invoice', '{}', ?, 0)""",
                reference, OffsetDateTime.now(ZoneOffset.UTC));
        Long id = jdbc.queryForObject("SELECT id FROM dead_letter WHERE reference = ?", Long.class, reference);

        await().atMost(Duration.ofSeconds(10)).until(() -> PeopleSimulatorsForTests.dingtalk().robotMessages().stream()
                .anyMatch(m -> m.content().contains("Dead letter #" + id) && m.content().contains("ERP rejected the invoice")));
    }

    private String effectiveContract(String number) {
        assertThat(postCrm(CrmEvents.event(number, "SIGNED")).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        for (String facet : List.of("SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT")) {
            recordManual(id, facet, "CONFIRMED", "finance.zhao");
        }
        awaitContract(id, "EFFECTIVE");
        return id;
    }

    private static List<ReceivedMessage> about(String number, List<ReceivedMessage> messages) {
        return messages.stream().filter(m -> m.content().contains(number)).toList();
    }
}
