package io.contracthub.connectors.crm;

import io.contracthub.connectors.auth.TimestampedSignatureScheme;
import io.contracthub.connectors.auth.WebhookAuthenticationException;

import java.time.Instant;
import java.util.Objects;

/** Authenticates a CRM change event from its {@value #SIGNATURE_HEADER} header and raw body. */
public final class CrmWebhookVerifier {

    public static final String SIGNATURE_HEADER = "X-Hub-Signature";

    private final TimestampedSignatureScheme scheme;

    public CrmWebhookVerifier(CrmWebhookSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.scheme = new TimestampedSignatureScheme(settings.secret(), settings.tolerance());
    }

    /** @throws WebhookAuthenticationException if the request is not an authentic, fresh CRM event */
    public void verify(String signatureHeader, byte[] rawBody, Instant now) {
        scheme.verify(signatureHeader, rawBody, now);
    }
}
