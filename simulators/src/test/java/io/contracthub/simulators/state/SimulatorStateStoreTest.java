package io.contracthub.simulators.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.sap.SapSimulatorSettings;
import io.contracthub.simulators.u8.U8Simulator;
import io.contracthub.simulators.u8.U8SimulatorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** How simulators' state is found, written and read back, whatever the simulator. */
class SimulatorStateStoreTest {

    private final ObjectMapper json = new ObjectMapper();

    /** A simulator as the store sees it: containers are state, anything else (settings, servers) is not. */
    static final class ToySimulator {
        final String settings = "not state";
        final Map<String, List<String>> documents = new ConcurrentHashMap<>();
        final List<Instant> calls = new CopyOnWriteArrayList<>();
        final AtomicLong numbers = new AtomicLong(100);
        final Ledger ledger = new Ledger();
        transient final Map<String, String> sessions = new ConcurrentHashMap<>();
    }

    @KeptState
    static final class Ledger {
        final Map<String, Long> balances = new ConcurrentHashMap<>();
    }

    @Test
    void everyMapListAndCounterAndEveryKeptHolderIsInTheSnapshot() {
        ToySimulator simulator = new ToySimulator();
        simulator.documents.put("ORDER", List.of("SO-1"));
        simulator.ledger.balances.put("C1", 5L);
        simulator.sessions.put("s", "t");

        JsonNode snapshot = SimulatorSnapshot.take(simulator);

        assertThat(snapshot.fieldNames()).toIterable().containsExactlyInAnyOrder("documents", "calls", "numbers", "ledger");
        assertThat(snapshot.at("/documents/ORDER/0").asText()).isEqualTo("SO-1");
        assertThat(snapshot.at("/ledger/balances/C1").asLong()).isEqualTo(5L);
        assertThat(snapshot.path("numbers").asLong()).isEqualTo(100L);
    }

    @Test
    void restoringRefillsTheSimulatorsOwnContainersInPlace(@TempDir Path directory) throws Exception {
        ToySimulator before = new ToySimulator();
        before.documents.put("ORDER", List.of("SO-1", "SO-2"));
        before.calls.add(Instant.parse("2026-12-02T01:00:00Z"));
        before.numbers.set(102);
        before.ledger.balances.put("C1", 5L);
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", before);
        }

        ToySimulator after = new ToySimulator();
        Map<String, List<String>> documents = after.documents;
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", after);
        }

        assertThat(after.documents).isSameAs(documents).isInstanceOf(ConcurrentHashMap.class)
                .containsEntry("ORDER", List.of("SO-1", "SO-2"));
        assertThat(after.calls).containsExactly(Instant.parse("2026-12-02T01:00:00Z"));
        assertThat(after.numbers.get()).isEqualTo(102);
        assertThat(after.ledger.balances).containsEntry("C1", 5L);
    }

    @Test
    void theSnapshotIsWrittenWhenAskedAndOnCloseUnderTheSimulatorsName(@TempDir Path directory) throws Exception {
        ToySimulator simulator = new ToySimulator();
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", simulator);
            simulator.documents.put("ORDER", List.of("SO-1"));
            store.saveChanged();

            assertThat(json.readTree(directory.resolve("toy.json").toFile()).at("/documents/ORDER/0").asText()).isEqualTo("SO-1");

            simulator.documents.put("INVOICE", List.of("INV-1"));
        }

        assertThat(json.readTree(directory.resolve("toy.json").toFile()).at("/documents/INVOICE/0").asText()).isEqualTo("INV-1");
        assertThat(directory.resolve("toy.json.partial")).doesNotExist();
    }

    @Test
    void aSnapshotWithFieldsTheSimulatorNoLongerHasStillLoads(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("toy.json"), """
                {"documents":{"ORDER":["SO-9"]},"retiredField":[1,2,3]}""");
        ToySimulator simulator = new ToySimulator();

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", simulator);
        }

        assertThat(simulator.documents).containsEntry("ORDER", List.of("SO-9"));
        assertThat(simulator.numbers.get()).isEqualTo(100);
    }

    @Test
    void anUnreadableSnapshotIsMovedAsideAndTheSimulatorStartsEmpty(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("toy.json"), "{\"documents\": [not json");
        ToySimulator simulator = new ToySimulator();

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", simulator);
        }

        assertThat(simulator.documents).isEmpty();
        assertThat(Files.readString(directory.resolve("toy.json.unreadable"))).isEqualTo("{\"documents\": [not json");
        assertThat(directory.resolve("toy.json")).exists();
    }

    @Test
    void aSnapshotWithOneUnreadableValueChangesNothingAtAll(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("toy.json"), """
                {"documents":{"ORDER":["SO-9"]},"calls":["not an instant"]}""");
        ToySimulator simulator = new ToySimulator();

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            store.keep("toy", simulator);
        }

        assertThat(simulator.documents).isEmpty();
        assertThat(simulator.calls).isEmpty();
        assertThat(directory.resolve("toy.json.unreadable")).exists();
    }

    @Test
    void u8TradesAndTheErpJournalComeBackFromASnapshot() throws Exception {
        U8Simulator before = new U8Simulator(new U8SimulatorSettings(0, "hub", "u8", "key", "secret",
                Duration.ofHours(2), Duration.ofMillis(150)));
        JsonNode snapshot = json.readTree("""
                {"trades":{"T-1":{"tradeId":"T-1","readyAt":"2026-12-02T01:00:00Z","result":{"errcode":"0","id":"1001"}}},
                 "tradeByBizId":{"HUB-1":"T-1"},"voucherIds":1001,
                 "journal":{"documents":[{"type":"saleorder","number":"1001","reference":"HUB-1","payload":{"code":"HUB-1"},
                   "createdAt":"2026-12-02T01:00:00Z"}]}}""");

        SimulatorSnapshot.restore(before, snapshot);

        assertThat(before.journal().withReference("HUB-1")).extracting(CreatedDocument::number).containsExactly("1001");
        assertThat(SimulatorSnapshot.take(before).at("/trades/T-1/result/id").asText()).isEqualTo("1001");
        assertThat(SimulatorSnapshot.take(before).path("voucherIds").asLong()).isEqualTo(1001L);
    }

    @Test
    void sapOrdersAndBillingDocumentsComeBackFromASnapshot() throws Exception {
        SapSimulator sap = new SapSimulator(new SapSimulatorSettings(0, "HUB", "pw", true));
        JsonNode snapshot = json.readTree("""
                {"salesOrders":[{"SalesOrder":"4000001","PurchaseOrderByCustomer":"HUB-9"}],
                 "billingItems":[{"BillingDocument":"90000001","SalesDocument":"4000001"}],"orderNumbers":4000001}""");

        SimulatorSnapshot.restore(sap, snapshot);
        JsonNode again = SimulatorSnapshot.take(sap);

        assertThat(again.at("/salesOrders/0/SalesOrder").asText()).isEqualTo("4000001");
        assertThat(again.at("/billingItems/0/BillingDocument").asText()).isEqualTo("90000001");
        assertThat(again.path("orderNumbers").asLong()).isEqualTo(4000001L);
    }
}
