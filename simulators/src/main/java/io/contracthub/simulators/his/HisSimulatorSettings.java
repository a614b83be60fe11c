package io.contracthub.simulators.his;

import java.time.Duration;

/** The simulated HIS: its port and how long it holds every request (a real hospital platform: about 4.2 s). */
public record HisSimulatorSettings(int port, Duration latency) {

    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(4200);

    public static HisSimulatorSettings of(int port) {
        return new HisSimulatorSettings(port, TYPICAL_LATENCY);
    }
}
