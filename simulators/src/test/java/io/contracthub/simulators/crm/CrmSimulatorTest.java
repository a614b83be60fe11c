package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator as the sandbox and the hub's tests drive it from Java. */
class CrmSimulatorTest {

    private static final String SECRET = "whsec_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    // the signature scheme itself is pinned by CrmEventSignatureTest (openssl vector) and cross-checked with the
    // hub's verifier on the hub's test side; here: every delivery is signed with the shared secret over its raw body
    private final CrmEventSignature sharedSecret = new CrmEventSignature(SECRET);
    private HubStub hub;
    private CrmSimulator simulator;

    @BeforeEach
    void startHubAndSimulator() throws Exception {
        hub = new HubStub();
        simulator = new CrmSimulator(new CrmSimulatorSettings(hub.webhookUrl(), SECRET, 0));
    }

    @AfterEach
    void stopAll() {
        simulator.stop();
        hub.close();
    }

    @Test
    void aStageChangeReachesTheHubAsAnEventSignedWithTheSharedSecret() {
        simulator.sendStage("HT-2026-0001", "SIGNED");

        HubStub.ReceivedWebhook webhook = hub.last();
        assertThat(webhook.signatureHeader()).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(webhook.contentType()).isEqualTo("application/json");
        assertThat(webhook.signatureHeader()).isEqualTo(signedWithSharedSecret(webhook));
    }

    @Test
    void theEventIsACompleteChangeEventForTheContractAtTheNewStage() throws Exception {
        Instant before = Instant.now().minusSeconds(1);

        simulator.sendStage("HT-2026-0001", "SIGNED");

        JsonNode event = JSON.readTree(hub.last().rawBody());
        assertThat(event.get("eventId").asText()).matches("crm-evt-[0-9a-f-]{36}");
        assertThat(Instant.parse(event.get("occurredAt").asText())).isBetween(before, Instant.now());
        assertThat(event.get("type").asText()).isEqualTo("contract.updated");
        JsonNode contract = event.get("contract");
        assertThat(contract.get("number").asText()).isEqualTo("HT-2026-0001");
        assertThat(contract.get("salesStage").asText()).isEqualTo("SIGNED");
        assertThat(contract.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(contract.get("currency").asText()).isEqualTo("CNY");
        assertThat(contract.at("/customer/name").asText()).isEqualTo("华东医疗器械有限公司");
        assertThat(contract.at("/customer/creditCode").asText()).isEqualTo("91310000MA1FL8XQ37");
        assertThat(contract.at("/customer/segment").asText()).isEqualTo("MEDICAL");
        assertThat(contract.at("/salesRep/id").asText()).isEqualTo("u1001");
        assertThat(contract.get("lines")).hasSize(2);
        assertThat(contract.at("/lines/0/productCode").asText()).isEqualTo("MRI-3T");
        assertThat(contract.at("/lines/0/unitPrice").asText()).isEqualTo("2400000.00");
        assertThat(contract.at("/lines/1/quantity").asText()).isEqualTo("2");
        assertThat(contract.at("/terms/downPayment/percent").asText()).isEqualTo("30");
        assertThat(contract.at("/terms/creditDays").asInt()).isEqualTo(60);
        assertThat(contract.at("/invoice/taxNumber").asText()).isEqualTo("91310000MA1FL8XQ37");
        assertThat(contract.at("/bankAccount/accountNumber").asText()).isEqualTo("6222020200112233445");
    }

    @Test
    void theDemoCreditCodeCarriesAValidGb32100CheckCharacter() {
        String code = CrmDemoContract.CREDIT_CODE;
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }

        assertThat(code.charAt(17)).isEqualTo(alphabet.charAt((31 - sum % 31) % 31));
    }

    @Test
    void theSentEventRecordsTheHubsAnswerAndTheExactBodyThatWasSigned() {
        SentEvent sent = simulator.sendStage("HT-2026-0001", "SIGNED");

        assertThat(sent.contractNumber()).isEqualTo("HT-2026-0001");
        assertThat(sent.stage()).isEqualTo("SIGNED");
        assertThat(sent.hubStatus()).isEqualTo(202);
        assertThat(sent.hubResponse()).isEqualTo("{\"status\":\"accepted\"}");
        assertThat(sent.body()).isEqualTo(hub.last().body());
        assertThat(sent.body()).contains("\"eventId\":\"" + sent.eventId() + "\"");
        assertThat(sent.delivered()).isTrue();
    }

    @Test
    void everyStageChangeIsANewEvent() {
        SentEvent negotiating = simulator.sendStage("HT-2026-0001", "NEGOTIATING");
        SentEvent signed = simulator.sendStage("HT-2026-0001", "SIGNED");

        assertThat(signed.eventId()).isNotEqualTo(negotiating.eventId());
    }

    @Test
    void aResendDeliversTheSameEventIdAndBodyFreshlySigned() {
        SentEvent original = simulator.sendStage("HT-2026-0001", "SIGNED");

        SentEvent resent = simulator.resend(original.eventId());

        assertThat(resent.eventId()).isEqualTo(original.eventId());
        assertThat(resent.body()).isEqualTo(original.body());
        assertThat(hub.received()).hasSize(2);
        assertThat(hub.received().get(1).rawBody()).isEqualTo(hub.received().get(0).rawBody());
        assertThat(hub.last().signatureHeader()).isEqualTo(signedWithSharedSecret(hub.last()));
    }

    @Test
    void resendingAnEventThatWasNeverSentFails() {
        assertThatThrownBy(() -> simulator.resend("crm-evt-unknown"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("crm-evt-unknown");
        assertThat(hub.received()).isEmpty();
    }

    @Test
    void theJournalListsEveryDeliveryInOrderIncludingResends() {
        SentEvent first = simulator.sendStage("HT-2026-0001", "NEGOTIATING");
        SentEvent second = simulator.sendStage("HT-2026-0002", "LOST");
        simulator.resend(first.eventId());

        List<SentEvent> journal = simulator.journal();

        assertThat(journal).extracting(SentEvent::eventId)
                .containsExactly(first.eventId(), second.eventId(), first.eventId());
        assertThat(journal).extracting(SentEvent::contractNumber)
                .containsExactly("HT-2026-0001", "HT-2026-0002", "HT-2026-0001");
        assertThat(journal).extracting(SentEvent::stage).containsExactly("NEGOTIATING", "LOST", "NEGOTIATING");
    }

    @Test
    void changesSentWithAStageStickToTheContract() throws Exception {
        ObjectNode changes = JSON.createObjectNode().put("segment", "EDUCATION");
        changes.putObject("terms").put("creditDays", 30).putObject("downPayment").put("amount", "100000.00");

        simulator.sendStage("HT-2026-0003", "NEGOTIATING", changes);
        simulator.sendStage("HT-2026-0003", "SIGNED");

        JsonNode contract = JSON.readTree(hub.last().rawBody()).get("contract");
        assertThat(contract.at("/customer/segment").asText()).isEqualTo("EDUCATION");
        assertThat(contract.at("/customer/name").asText()).isEqualTo("华东医疗器械有限公司");
        assertThat(contract.at("/terms/downPayment/amount").asText()).isEqualTo("100000.00");
        assertThat(contract.at("/terms/downPayment/percent").isMissingNode()).isTrue();
        assertThat(contract.get("salesStage").asText()).isEqualTo("SIGNED");
    }

    @Test
    void changesToOneContractLeaveTheOthersAlone() throws Exception {
        simulator.sendStage("HT-2026-0003", "NEGOTIATING", JSON.createObjectNode().put("segment", "EDUCATION"));

        simulator.sendStage("HT-2026-0004", "NEGOTIATING");

        assertThat(JSON.readTree(hub.last().rawBody()).at("/contract/customer/segment").asText()).isEqualTo("MEDICAL");
    }

    @Test
    void anUnknownStageOrFieldIsRejectedWithoutSendingAnything() {
        assertThatThrownBy(() -> simulator.sendStage("HT-2026-0001", "ON_HOLD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ON_HOLD");
        assertThatThrownBy(() -> simulator.sendStage("HT-2026-0001", "SIGNED",
                JSON.createObjectNode().put("segmnet", "EDUCATION")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segmnet");
        assertThatThrownBy(() -> simulator.sendStage("HT 2026/0001", "SIGNED"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hub.received()).isEmpty();
        assertThat(simulator.journal()).isEmpty();
    }

    @Test
    void aCustomContractIsSentAsGiven() throws Exception {
        ObjectNode contract = JSON.createObjectNode().put("number", "HT-CUSTOM-1").put("currency", "USD");
        contract.putArray("lines");

        SentEvent sent = simulator.sendEvent(contract, "DRAFT");

        JsonNode event = JSON.readTree(hub.last().rawBody());
        assertThat(sent.contractNumber()).isEqualTo("HT-CUSTOM-1");
        assertThat(event.get("contract")).isEqualTo(contract.deepCopy().put("salesStage", "DRAFT"));
        assertThat(contract.has("salesStage")).as("the caller's template is not modified").isFalse();
    }

    @Test
    void theHubsRejectionIsReportedNotHidden() {
        hub.replyWith(401, "{\"code\":\"signature_mismatch\"}");

        SentEvent sent = simulator.sendStage("HT-2026-0001", "SIGNED");

        assertThat(sent.hubStatus()).isEqualTo(401);
        assertThat(sent.hubResponse()).isEqualTo("{\"code\":\"signature_mismatch\"}");
    }

    @Test
    void aSimulatorWithAnotherSecretProducesSignaturesThatDoNotMatchTheSharedSecret() {
        try (CrmSimulatorStopper other = new CrmSimulatorStopper(
                new CrmSimulator(new CrmSimulatorSettings(hub.webhookUrl(), "whsec_other", 0)))) {
            other.simulator().sendStage("HT-2026-0001", "SIGNED");
        }

        assertThat(hub.last().signatureHeader()).matches("t=\\d+,v1=[0-9a-f]{64}")
                .isNotEqualTo(signedWithSharedSecret(hub.last()));
    }

    @Test
    void anUnreachableHubIsJournaledAsUndeliveredSoThatItCanBeResentLater() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CrmSimulator offline = new CrmSimulator(
                new CrmSimulatorSettings("http://127.0.0.1:" + closedPort + "/webhooks/crm", SECRET, 0));

        SentEvent sent = offline.sendStage("HT-2026-0001", "SIGNED");

        assertThat(sent.hubStatus()).isEqualTo(SentEvent.HUB_UNREACHABLE);
        assertThat(sent.delivered()).isFalse();
        assertThat(sent.hubResponse()).contains("unreachable");
        assertThat(offline.journal()).containsExactly(sent);
    }

    @Test
    void theSettingsRefuseMissingValuesAndNeverPrintTheSecret() {
        assertThatThrownBy(() -> new CrmSimulatorSettings(" ", SECRET, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrmSimulatorSettings("ftp://hub", SECRET, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrmSimulatorSettings(hub.webhookUrl(), "", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrmSimulatorSettings(hub.webhookUrl(), SECRET, 70_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CrmSimulatorSettings(hub.webhookUrl(), SECRET, 0).toString()).doesNotContain(SECRET);
    }

    /** Lets a second simulator be stopped by try-with-resources. */
    private record CrmSimulatorStopper(CrmSimulator simulator) implements AutoCloseable {
        @Override
        public void close() {
            simulator.stop();
        }
    }

    private String signedWithSharedSecret(HubStub.ReceivedWebhook webhook) {
        long timestamp = Long.parseLong(webhook.signatureHeader().replaceAll("^t=(\\d+),.*$", "$1"));
        return sharedSecret.header(timestamp, webhook.rawBody());
    }
}
