package io.contracthub.simulators.u8;

import java.time.Duration;

/** The caller the simulated U8 OpenAPI accepts, its token lifetime and how long an add takes to process. */
public record U8SimulatorSettings(int port, String fromAccount, String toAccount, String appKey, String appSecret,
                                  Duration tokenLifetime, Duration processingTime) {
}
