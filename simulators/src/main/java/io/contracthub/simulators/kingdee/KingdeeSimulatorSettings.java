package io.contracthub.simulators.kingdee;

import java.time.Duration;

/** The account the simulated Kingdee accepts, and how long an idle session lives. */
public record KingdeeSimulatorSettings(int port, String acctId, String username, String appId, String appSecret,
                                       Duration sessionIdleTimeout) {
}
