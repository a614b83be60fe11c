package io.contracthub.connectors.wecom;

/**
 * The callback settings of one WeCom app (企业微信 admin console, "接收消息"): Token, EncodingAESKey (43 characters)
 * and the corp id every message must be addressed to.
 */
public record WecomCallbackSettings(String token, String encodingAesKey, String corpId) {

    public WecomCallbackSettings {
        require(token, "token");
        require(encodingAesKey, "encoding-aes-key");
        require(corpId, "corp-id");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("hub.people.wecom.callback." + name + " is required");
        }
    }

    @Override
    public String toString() {
        return "WecomCallbackSettings[corpId=" + corpId + ", token=***, encodingAesKey=***]";
    }
}
