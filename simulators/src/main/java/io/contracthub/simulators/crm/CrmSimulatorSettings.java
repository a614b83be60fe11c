package io.contracthub.simulators.crm;

import java.net.URI;

/**
 * Where the simulated CRM delivers its webhooks, the secret it signs them with, and the port its own
 * API listens on (0 picks any free port).
 */
public record CrmSimulatorSettings(String hubWebhookUrl, String secret, int port) {

    public CrmSimulatorSettings {
        if (hubWebhookUrl == null || hubWebhookUrl.isBlank()) {
            throw new IllegalArgumentException("The hub webhook URL must be configured");
        }
        URI uri = URI.create(hubWebhookUrl);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The hub webhook URL must be http(s): " + hubWebhookUrl);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The webhook signing secret must be configured");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "CrmSimulatorSettings[hubWebhookUrl=" + hubWebhookUrl + ", secret=***, port=" + port + "]";
    }
}
