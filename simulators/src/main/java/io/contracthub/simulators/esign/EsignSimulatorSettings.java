package io.contracthub.simulators.esign;

/**
 * The app the simulated esign gateway knows (requests must be signed with its secret; callbacks are signed with it)
 * and the port its API listens on (0 picks any free port).
 */
public record EsignSimulatorSettings(String appId, String appSecret, int port) {

    public EsignSimulatorSettings {
        if (appId == null || appId.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("The esign simulator needs the app id and secret the hub uses");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "EsignSimulatorSettings[appId=" + appId + ", appSecret=***, port=" + port + "]";
    }
}
