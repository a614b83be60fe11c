package io.contracthub.connectors.dingtalk;

/**
 * The HTTP push callback settings of one DingTalk app: token, aes_key (43 characters) and the owner key every
 * message must be addressed to (the app key for an internal app's event subscription, the corp id for a legacy
 * registered callback).
 */
public record DingtalkCallbackSettings(String token, String aesKey, String ownerKey) {

    public DingtalkCallbackSettings {
        require(token, "token");
        require(aesKey, "aes-key");
        require(ownerKey, "owner-key");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("hub.people.dingtalk.callback." + name + " is required");
        }
    }

    @Override
    public String toString() {
        return "DingtalkCallbackSettings[ownerKey=" + ownerKey + ", token=***, aesKey=***]";
    }
}
