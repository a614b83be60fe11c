package io.contracthub.simulators.dingtalk;

import java.time.Duration;

/**
 * The simulated DingTalk app and group robot: credentials, callback settings it encrypts with, where the hub's
 * callback is, and how long tokens live.
 */
public record DingtalkSimulatorSettings(int port, String appKey, String appSecret, long agentId, String callbackToken,
                                        String aesKey, String robotAccessToken, String robotSecret, String hubCallbackUrl,
                                        Duration tokenLifetime) {

    public DingtalkSimulatorSettings withTokenLifetime(Duration lifetime) {
        return new DingtalkSimulatorSettings(port, appKey, appSecret, agentId, callbackToken, aesKey, robotAccessToken,
                robotSecret, hubCallbackUrl, lifetime);
    }
}
