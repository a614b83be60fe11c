package io.contracthub.connectors.dingtalk;

import java.time.Duration;

/**
 * A DingTalk internal app as the hub calls it. {@code tokenApi}: the new {@code POST /v1.0/oauth2/accessToken} on
 * api.dingtalk.com, or the legacy {@code GET /gettoken} on oapi.dingtalk.com; both tokens work on oapi calls.
 */
public record DingtalkApiSettings(String appKey, String appSecret, long agentId, TokenApi tokenApi,
                                  Duration tokenRefreshMargin) {

    public enum TokenApi { NEW, LEGACY }

    public DingtalkApiSettings {
        if (appKey == null || appKey.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("hub.people.dingtalk.app-key and app-secret are required");
        }
        if (tokenApi == null) {
            tokenApi = TokenApi.NEW;
        }
    }

    @Override
    public String toString() {
        return "DingtalkApiSettings[appKey=" + appKey + ", agentId=" + agentId + ", tokenApi=" + tokenApi + ", appSecret=***]";
    }
}
