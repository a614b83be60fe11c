package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.Fault;
import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.erp.MasterData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every ERP must do with a contract's two triggers, specified once and run per ERP: exactly one sales order
 * and one invoice, recorded on the contract; transient faults retried; business rejections dead-lettered at once
 * with the ERP's words and delivered on replay once the master data is fixed; duplicate triggers without effect.
 */
abstract class ErpDeliveryContractTest extends ErpDeliveryTest {

    /** The customer region routed to this ERP's company. */
    abstract String region();

    /** "Kingdee", "U8", "SAP": as the timeline names the ERP. */
    abstract String erpName();

    abstract FaultPlan faults();

    abstract MasterData masterData();

    /** The ERP's code of the test contract's customer. */
    abstract String customerCode();

    /** Words of the ERP's own message when it does not know the customer. */
    abstract String unknownCustomerMessage();

    /** Whether the ERP itself refuses the invoice (else the invoicing task waits for an order that never came). */
    boolean invoiceIsRejectedByTheErp() {
        return true;
    }

    /** The document types the ERP journals for one contract: [sales order type, invoice type]. */
    abstract List<String> documentTypes();

    @Test
    void anEffectiveContractGetsExactlyOneSalesOrderAndOneInvoiceRecordedOnItsTimeline() {
        String id = effectiveContract(region());

        List<JsonNode> entries = awaitErpEntries(id, 2, Duration.ofSeconds(45));

        assertThat(entries).extracting(entry -> entry.path("reason").asText()).anySatisfy(reason ->
                assertThat(reason).startsWith("sales order ").contains(" in " + erpName()))
                .anySatisfy(reason -> assertThat(reason).startsWith("invoice ").contains(" in " + erpName()));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("outcome").asText()).isEqualTo("CONFIRMED");
            assertThat(entry.path("actor").asText()).isEqualTo("erp-delivery");
        });
        assertThat(entries).extracting(entry -> entry.path("sourceEventId").asText())
                .containsExactlyInAnyOrder(idempotencyKey(id, STOCKING), idempotencyKey(id, INVOICING));
        assertThat(awaitContract(id, "INVOICED").path("milestone").asText()).isEqualTo("INVOICE_CREATED");
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrderElementsOf(documentTypes());
        assertThat(entries).extracting(entry -> entry.path("reason").asText()).allSatisfy(reason ->
                assertThat(documentsOf(id)).extracting(CreatedDocument::number).anySatisfy(number -> assertThat(reason).contains(number)));
    }

    @Test
    void serverErrorsAreRetriedUntilTheErpAnswers() {
        faults().failNext(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.RESET);

        String id = effectiveContract(region());

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(documentsOf(id)).hasSize(2);
        assertThat(deadLettersOf(id)).isEmpty();
    }

    @Test
    void aLostAnswerAfterTheErpCreatedTheDocumentDoesNotCreateASecondOne() {
        // every request is processed but a third of the answers never arrive: the hub must find, not re-create
        faults().failRandomly(0.35, 7, Fault.LOSE_RESPONSE);

        String id = effectiveContract(region());

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        faults().clear();
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrderElementsOf(documentTypes());
    }

    @Test
    void aBusinessRejectionIsDeadLetteredAtOnceWithTheErpsMessageAndDeliveredOnReplayAfterTheFix() {
        masterData().removeCustomer(customerCode());
        String id;
        List<JsonNode> deadLetters;
        try {
            id = effectiveContract(region());
            deadLetters = List.of(awaitDeadLetter(idempotencyKey(id, STOCKING)), awaitDeadLetter(idempotencyKey(id, INVOICING)));
        } finally {
            masterData().customers(List.of(customerCode()));
        }

        assertThat(deadLetters).extracting(deadLetter -> deadLetter.path("destination").asText())
                .containsExactly("supplychain.stocking-instructions", "finance.invoicing-tasks");
        assertThat(deadLetters.get(0).path("reason").asText()).contains(unknownCustomerMessage())
                .doesNotContain("delivery attempts").doesNotContain("retry window");
        if (invoiceIsRejectedByTheErp()) {
            assertThat(deadLetters.get(1).path("reason").asText()).contains(unknownCustomerMessage())
                    .doesNotContain("delivery attempts").doesNotContain("retry window");
        } else {
            // the order it waits for never comes: tried again for the whole retry window (20 s in the tests), then given up
            assertThat(deadLetters.get(1).path("reason").asText()).startsWith("retry window of 20s exhausted after ")
                    .contains("last failure: ");
        }
        assertThat(erpEntries(id)).isEmpty();
        assertThat(documentsOf(id)).isEmpty();

        for (JsonNode deadLetter : deadLetters) {
            assertThat(apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "").statusCode()).isEqualTo(202);
        }

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrderElementsOf(documentTypes());
    }

    @Test
    void aDuplicateTriggerCreatesNoSecondDocumentAndNoSecondEntry() {
        String id = effectiveContract(region());
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        String key = idempotencyKey(id, STOCKING);
        String payload = jdbc.queryForObject("SELECT payload FROM outbox WHERE idempotency_key = ?", String.class, key);

        jms.convertAndSend("supplychain.stocking-instructions", payload, message -> {
            message.setStringProperty("JMSXGroupID", id);
            message.setStringProperty("HubIdempotencyKey", key);
            message.setStringProperty("HubContractId", id);
            message.setStringProperty("_AMQ_DUPL_ID", key + ":duplicate-test");
            return message;
        });

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> erpEntries(id).size() == 2 && documentsOf(id).size() == 2);
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrderElementsOf(documentTypes());
        assertThat(deadLettersOf(id)).isEmpty();
    }
}
