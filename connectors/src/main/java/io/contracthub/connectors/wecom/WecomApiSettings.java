package io.contracthub.connectors.wecom;

import java.time.Duration;

/** A WeCom self-built app as the hub calls it: corp id, the app's secret and agent id, token refresh margin. */
public record WecomApiSettings(String corpId, String corpSecret, long agentId, Duration tokenRefreshMargin) {

    public WecomApiSettings {
        if (corpId == null || corpId.isBlank() || corpSecret == null || corpSecret.isBlank()) {
            throw new IllegalArgumentException("hub.people.wecom.corp-id and corp-secret are required");
        }
    }

    @Override
    public String toString() {
        return "WecomApiSettings[corpId=" + corpId + ", agentId=" + agentId + ", corpSecret=***]";
    }
}
