package io.contracthub.simulators;

import io.contracthub.simulators.erp.ErpFaultOptions;
import io.contracthub.simulators.erp.Fault;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorLauncherTest {

    @Test
    void latencyIsReadInMillisecondsSecondsOrIso8601() {
        assertThat(SimulatorLauncher.durationOption(Map.of("latency", "4200ms"), "latency", Duration.ZERO))
                .isEqualTo(Duration.ofMillis(4200));
        assertThat(SimulatorLauncher.durationOption(Map.of("latency", "4.2s"), "latency", Duration.ZERO))
                .isEqualTo(Duration.ofMillis(4200));
        assertThat(SimulatorLauncher.durationOption(Map.of("latency", "PT1M"), "latency", Duration.ZERO))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aMissingLatencyFallsBackToTheDefault() {
        assertThat(SimulatorLauncher.durationOption(Map.of(), "latency", Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anErpInjectsTheNamedFaultsAtTheGivenShare() {
        ErpFaultOptions faults = SimulatorLauncher.faultOptions(Map.of("faults", "0.3", "fault-kinds", "server-error,lose-response",
                "seed", "7", "slow-delay", "4s"));
        assertThat(faults.rate()).isEqualTo(0.3);
        assertThat(faults.kinds()).containsExactly(Fault.SERVER_ERROR, Fault.LOSE_RESPONSE);
        assertThat(faults.seed()).isEqualTo(7);
        assertThat(faults.slowDelay()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void anErpWithoutFaultKindsMeetsAllFourAndWithoutFaultsNone() {
        ErpFaultOptions faults = SimulatorLauncher.faultOptions(Map.of());
        assertThat(faults.rate()).isZero();
        assertThat(faults.kinds()).containsExactly(Fault.SERVER_ERROR, Fault.SLOW, Fault.RESET, Fault.LOSE_RESPONSE);
    }
}
