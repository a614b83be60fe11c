package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.state.SimulatorStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRM's contracts (stage and the changes sent with it) and its journal outlive a restart when kept. */
class CrmStateKeptTest {

    @Test
    void aContractChangedBeforeARestartKeepsItsStageAndLinesAfterIt(@TempDir Path directory) throws Exception {
        ObjectNode changes = (ObjectNode) new ObjectMapper().readTree("""
                {"lines":[{"productCode":"CT-64","description":"64-slice CT","quantity":"1","unitPrice":"800000.00","taxRate":"0.13"}]}""");
        String eventId;
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            CrmSimulator before = store.keep("crm", simulator());
            eventId = before.sendStage("HT-2026-0002", "SIGNED", changes).eventId();
        }

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            CrmSimulator after = store.keep("crm", simulator());

            assertThat(after.salesStage("HT-2026-0002")).hasValue("SIGNED");
            assertThat(after.journal()).extracting(SentEvent::eventId).containsExactly(eventId);
            assertThat(after.lastAnnounced("HT-2026-0002")).hasValueSatisfying(sent ->
                    assertThat(sent.body()).contains("64-slice CT"));
        }
    }

    /** A CRM whose hub does not answer: every event is journalled as undelivered, the contract book changes anyway. */
    private static CrmSimulator simulator() {
        return new CrmSimulator(new CrmSimulatorSettings("http://127.0.0.1:9/webhooks/crm", "whsec_test", 0));
    }
}
