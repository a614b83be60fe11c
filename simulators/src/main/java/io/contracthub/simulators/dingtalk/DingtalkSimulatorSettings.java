package io.contracthub.simulators.dingtalk;

import java.time.Duration;

/**
 * The simulated DingTalk app and group robot: credentials, callback settings it encrypts with, where the hub's
 * callback is, how long tokens live, and how many messages the robot takes a minute (DingTalk: 20).
 */
public record DingtalkSimulatorSettings(int port, String appKey, String appSecret, long agentId, String callbackToken,
                                        String aesKey, String robotAccessToken, String robotSecret, String hubCallbackUrl,
                                        Duration tokenLifetime, int robotMessagesPerMinute) {

    public static final int ROBOT_MESSAGES_PER_MINUTE = 20;

    public DingtalkSimulatorSettings(int port, String appKey, String appSecret, long agentId, String callbackToken,
                                     String aesKey, String robotAccessToken, String robotSecret, String hubCallbackUrl,
                                     Duration tokenLifetime) {
        this(port, appKey, appSecret, agentId, callbackToken, aesKey, robotAccessToken, robotSecret, hubCallbackUrl,
                tokenLifetime, ROBOT_MESSAGES_PER_MINUTE);
    }

    public DingtalkSimulatorSettings withTokenLifetime(Duration lifetime) {
        return new DingtalkSimulatorSettings(port, appKey, appSecret, agentId, callbackToken, aesKey, robotAccessToken,
                robotSecret, hubCallbackUrl, lifetime, robotMessagesPerMinute);
    }

    public DingtalkSimulatorSettings withRobotMessagesPerMinute(int limit) {
        return new DingtalkSimulatorSettings(port, appKey, appSecret, agentId, callbackToken, aesKey, robotAccessToken,
                robotSecret, hubCallbackUrl, tokenLifetime, limit);
    }
}
