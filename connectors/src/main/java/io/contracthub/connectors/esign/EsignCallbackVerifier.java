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
 * Authenticates an esign callback from its {@value #SIGNATURE_HEADER} and {@value #TIMESTAMP_HEADER} headers, the
 * query of the URL it was posted to and the raw body, before anything parses it. esign documents no freshness window,
 * so it is configuration.
 */
public final class EsignCallbackVerifier {

    public static final String SIGNATURE_HEADER = "X-Tsign-Open-SIGNATURE";
    public static final String TIMESTAMP_HEADER = "X-Tsign-Open-TIMESTAMP";
    public static final String APP_ID_HEADER = "X-Tsign-Open-App-Id";
    public static final String ALGORITHM_HEADER = "X-Tsign-Open-SIGNATURE-ALGORITHM";

    private final String appSecret;
    private final Duration tolerance;

    public EsignCallbackVerifier(EsignSettings settings, Duration tolerance) {
        this.appSecret = Objects.requireNonNull(settings, "settings").appSecret();
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("The esign callback tolerance must be a non-negative duration: " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /**
     * @param rawQuery the query string of the URL the callback was posted to, as received (null or "" without one):
     *                 its values are part of what esign signed
     * @throws WebhookAuthenticationException unless the callback is authentic and fresh
     */
    public void verify(String signature, String timestamp, String rawQuery, byte[] rawBody, Instant now) {
        Objects.requireNonNull(rawBody, "rawBody");
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new WebhookAuthenticationException(SIGNATURE_MISSING,
                    "The " + SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " headers are required");
        }
        if (!timestamp.matches("\\d{1,18}")) {
            throw new WebhookAuthenticationException(SIGNATURE_MALFORMED, TIMESTAMP_HEADER + " is not epoch milliseconds");
        }
        String expected = EsignCallbackSignature.sign(appSecret, timestamp,
                EsignCallbackSignature.queryValues(rawQuery), rawBody);
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
