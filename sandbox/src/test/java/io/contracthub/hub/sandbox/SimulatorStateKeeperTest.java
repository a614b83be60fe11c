package io.contracthub.hub.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each simulator's state file is named after its bean: data/simulators/kingdee.json for kingdeeSimulator. */
class SimulatorStateKeeperTest {

    @Test
    void theFileNameIsTheBeanNameWithoutTheSimulatorSuffix() {
        assertThat(SimulatorStateKeeper.simulatorName("kingdeeSimulator")).isEqualTo("kingdee");
        assertThat(SimulatorStateKeeper.simulatorName("kuaidi100Simulator")).isEqualTo("kuaidi100");
        assertThat(SimulatorStateKeeper.simulatorName("legalSystem")).isEqualTo("legalsystem");
    }
}
