package io.contracthub.simulators.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.SAVE;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KingdeeSimulatorTest {

    private static final String ORDER = salesOrder("HUB1");

    private final KingdeeSimulator kingdee = KingdeeWebApiClient.simulator();
    private final KingdeeWebApiClient webApi = new KingdeeWebApiClient(kingdee);

    @BeforeEach
    void start() {
        kingdee.start();
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aSignedLoginOpensASessionThatSavesOneBillPerNumber() throws Exception {
        webApi.login("secret");

        JsonNode saved = webApi.post(SAVE, ORDER);
        JsonNode again = webApi.post(SAVE, ORDER);

        assertThat(saved.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
        assertThat(saved.at("/Result/ResponseStatus/SuccessEntitys/0/Number").asText()).isEqualTo("HUB1");
        assertThat(again.at("/Result/ResponseStatus/IsSuccess").asBoolean()).isFalse();
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndAnExpiredSessionAnswersSessionLost() throws Exception {
        assertThat(webApi.login("wrong")).isEmpty();
        webApi.login("secret");

        kingdee.expireSessions();

        assertThat(webApi.post(SAVE, ORDER).at("/Result/ResponseStatus/Errors/0/Message").asText())
                .isEqualTo(KingdeeSimulator.SESSION_LOST);
    }

    @Test
    void aResetFaultDropsTheConnection() {
        kingdee.faults().failNext(Fault.RESET);

        assertThatThrownBy(() -> webApi.post(SAVE, ORDER)).isInstanceOf(IOException.class);
    }
}
