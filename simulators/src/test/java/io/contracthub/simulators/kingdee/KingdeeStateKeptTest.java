package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.state.SimulatorStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.SAVE;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kingdee's bills, its journal and its warehouse's deliveries outlive a restart when kept: the hub finds the order it
 * created before the restart, and a second save of the same bill number is refused as before.
 */
class KingdeeStateKeptTest {

    private static final String ORDER = salesOrder("HUB2");

    @Test
    void anOrderSavedBeforeARestartIsJournalledShippedAndStillUniqueAfterIt(@TempDir Path directory) throws Exception {
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            KingdeeSimulator before = started(store);
            try {
                KingdeeWebApiClient webApi = new KingdeeWebApiClient(before);
                webApi.login("secret");
                JsonNode saved = webApi.post(SAVE, ORDER);
                assertThat(saved.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
            } finally {
                before.stop();
            }
        }

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            KingdeeSimulator after = started(store);
            try {
                KingdeeWebApiClient webApi = new KingdeeWebApiClient(after);
                webApi.login("secret");

                assertThat(after.journal().withReference("HUB2")).extracting(document -> document.type())
                        .containsExactly("SAL_SaleOrder");
                assertThat(after.shipping().of("HUB2")).hasSize(1);
                assertThat(webApi.post(SAVE, ORDER).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isFalse();
            } finally {
                after.stop();
            }
        }
    }

    private static KingdeeSimulator started(SimulatorStateStore store) {
        KingdeeSimulator kingdee = store.keep("kingdee", KingdeeWebApiClient.simulator());
        kingdee.start();
        return kingdee;
    }
}
