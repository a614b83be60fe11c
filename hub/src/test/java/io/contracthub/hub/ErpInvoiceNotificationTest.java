package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.people.ReceivedMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With ERP delivery on, finance hears of its invoicing task from the ERP's answer (the invoice's ERP_DOCUMENTS
 * evidence, with the ERP and the document number), and not a second time from the task queued in the outbox.
 */
class ErpInvoiceNotificationTest extends ErpDeliveryTest {

    @Test
    void financeIsToldOnceWhichInvoiceKingdeeCreated() {
        String id = effectiveContract(KINGDEE_REGION);
        String number = json(apiGet("/api/contracts/" + id)).path("contractNumber").asText();
        String invoiceEvidence = awaitErpEntries(id, 2, Duration.ofSeconds(45)).stream()
                .map(entry -> entry.path("reason").asText()).filter(reason -> reason.startsWith("invoice ")).findFirst()
                .orElseThrow();
        String invoiceNumber = invoiceEvidence.split(" ")[1];

        List<ReceivedMessage> toFinance = await().atMost(Duration.ofSeconds(30))
                .until(() -> about(number), messages -> !messages.isEmpty());
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> about(number).size() == 1);

        assertThat(toFinance).singleElement().satisfies(message -> {
            assertThat(message.msgType()).isEqualTo("markdown");
            // a retried Save whose first answer was lost finds the invoice the first one created: both are right
            assertThat(message.content()).startsWith("### Invoicing task created in the ERP").contains(number)
                    .containsPattern("invoice " + invoiceNumber + " (created|found) in Kingdee");
        });
        assertThat(jdbc.queryForObject("""
                        SELECT status FROM people_notification
                         WHERE source_table = 'outbox' AND event = 'invoicing-task-created' AND contract_id = ?""",
                String.class, id)).isEqualTo("SKIPPED");
    }

    private static List<ReceivedMessage> about(String number) {
        return PeopleSimulatorsForTests.wecom().messagesTo("finance.zhao").stream()
                .filter(m -> m.content().contains(number)).toList();
    }
}
