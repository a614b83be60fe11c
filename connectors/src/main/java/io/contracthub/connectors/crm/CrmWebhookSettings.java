package io.contracthub.connectors.crm;

import java.time.Duration;

/** How the hub authenticates the CRM's webhooks. */
public record CrmWebhookSettings(String secret, Duration tolerance) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    public CrmWebhookSettings {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The CRM webhook secret must be configured");
        }
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("The CRM webhook tolerance must be a non-negative duration: " + tolerance);
        }
    }

    public static CrmWebhookSettings of(String secret, Duration tolerance) {
        return new CrmWebhookSettings(secret, tolerance);
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "CrmWebhookSettings[secret=***, tolerance=" + tolerance + "]";
    }
}
