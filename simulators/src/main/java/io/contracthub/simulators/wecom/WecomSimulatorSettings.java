package io.contracthub.simulators.wecom;

import java.time.Duration;

/**
 * The simulated WeCom app: its credentials, the callback settings it encrypts with, where the hub's callback is,
 * how long tokens live, and the vendor's limits (per user per minute for messages, per minute for gettoken).
 */
public record WecomSimulatorSettings(int port, String corpId, String corpSecret, long agentId, String callbackToken,
                                     String encodingAesKey, String hubCallbackUrl, Duration tokenLifetime,
                                     int maxMessagesPerUserPerMinute, int maxTokenCallsPerMinute) {

    public static WecomSimulatorSettings of(int port, String corpId, String corpSecret, long agentId, String callbackToken,
                                            String encodingAesKey, String hubCallbackUrl) {
        return new WecomSimulatorSettings(port, corpId, corpSecret, agentId, callbackToken, encodingAesKey, hubCallbackUrl,
                Duration.ofSeconds(7200), 30, 60);
    }

    public WecomSimulatorSettings withTokenLifetime(Duration lifetime) {
        return new WecomSimulatorSettings(port, corpId, corpSecret, agentId, callbackToken, encodingAesKey, hubCallbackUrl,
                lifetime, maxMessagesPerUserPerMinute, maxTokenCallsPerMinute);
    }
}
