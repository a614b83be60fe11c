package io.contracthub.simulators;

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
}
