package io.contracthub.connectors.esign;

/** The hub's esign application: the app id and secret the gateway knows it by (per environment). */
public record EsignSettings(String appId, String appSecret) {

    public EsignSettings {
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("The esign app id must be configured");
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("The esign app secret must be configured");
        }
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "EsignSettings[appId=" + appId + ", appSecret=***]";
    }
}
