package io.contracthub.connectors.esign;

import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.connectors.auth.WebhookAuthenticationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MALFORMED;
import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MISMATCH;
import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MISSING;
import static io.contracthub.connectors.auth.WebhookAuthenticationException.TIMESTAMP_OUTSIDE_TOLERANCE;

/**
 * Authenticates an esign callback from its {@value #SIGNATURE_HEADER} and {@value #TIMESTAMP_HEADER} headers and the
 * raw body, before anything parses it. esign documents no freshness window, so it is configuration.
 */
public final class EsignCallbackVerifier {

    public static final String SIGNATURE_HEADER = "X-Tsign-Open-SIGNATURE";
    public static final String TIMESTAMP_HEADER = "X-Tsign-Open-TIMESTAMP";
    public static final String APP_ID_HEADER = "X-Tsign-Open-App-Id";
    public static final String ALGORITHM_HEADER = "X-Tsign-Open-SIGNATURE-ALGORITHM";

    private final String appSecret;
    private final String queryValues;
    private final Duration tolerance;

    /**
     * @param notifyUrl the callback URL the hub gives esign (may be blank); its query values are part of the signature
     */
    public EsignCallbackVerifier(EsignSettings settings, String notifyUrl, Duration tolerance) {
        this.appSecret = Objects.requireNonNull(settings, "settings").appSecret();
        this.queryValues = EsignCallbackSignature.queryValues(notifyUrl);
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("The esign callback tolerance must be a non-negative duration: " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** @throws WebhookAuthenticationException unless the callback is authentic and fresh */
    public void verify(String signature, String timestamp, byte[] rawBody, Instant now) {
        Objects.requireNonNull(rawBody, "rawBody");
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new WebhookAuthenticationException(SIGNATURE_MISSING,
                    "The " + SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " headers are required");
        }
        if (!timestamp.matches("\\d{1,18}")) {
            throw new WebhookAuthenticationException(SIGNATURE_MALFORMED, TIMESTAMP_HEADER + " is not epoch milliseconds");
        }
        String expected = EsignCallbackSignature.sign(appSecret, timestamp, queryValues, rawBody);
        if (!HmacSha256.constantTimeEquals(expected, signature.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new WebhookAuthenticationException(SIGNATURE_MISMATCH, "The signature does not match the request body");
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(timestamp)), now).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookAuthenticationException(TIMESTAMP_OUTSIDE_TOLERANCE, "The callback timestamp is "
                    + age.toSeconds() + " s away from now, tolerance is " + tolerance.toSeconds() + " s");
        }
    }
}
