package io.contracthub.connectors.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MISMATCH;
import static io.contracthub.connectors.auth.WebhookAuthenticationException.TIMESTAMP_OUTSIDE_TOLERANCE;

/**
 * Stripe-style webhook signatures: {@code t=<unix seconds>,v1=<lowercase hex HMAC-SHA256(secret, t + "." + raw body)>}.
 * Several {@code v1} values may be present while a secret is being rotated; one match is enough.
 * Works on the raw body bytes so that verification happens before, and independently of, any parsing.
 */
public final class TimestampedSignatureScheme {

    private final byte[] key;
    private final Duration tolerance;

    public TimestampedSignatureScheme(String secret, Duration tolerance) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("The signing secret must not be empty");
        }
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("The tolerance must not be negative: " + tolerance);
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** The header value signing {@code rawBody} at {@code epochSeconds}. */
    public String header(long epochSeconds, byte[] rawBody) {
        return "t=" + epochSeconds + ",v1=" + signature(epochSeconds, rawBody);
    }

    /**
     * Accepts the request or throws; a stale timestamp is only reported for an otherwise authentic request,
     * so a forged request never learns more than {@code signature_mismatch}.
     *
     * @throws WebhookAuthenticationException with code signature_missing, signature_malformed,
     *                                        signature_mismatch or timestamp_outside_tolerance
     */
    public void verify(String header, byte[] rawBody, Instant now) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(now, "now");
        SignatureHeader parsed = SignatureHeader.parse(header);
        String expected = signature(parsed.timestamp(), rawBody);
        boolean anyMatches = false;
        for (String candidate : parsed.signatures()) {
            // no early exit: every candidate costs the same whatever matched
            anyMatches |= HmacSha256.constantTimeEquals(expected, candidate);
        }
        if (!anyMatches) {
            throw new WebhookAuthenticationException(SIGNATURE_MISMATCH, "No signature matches the request body");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(parsed.timestamp()), now).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookAuthenticationException(TIMESTAMP_OUTSIDE_TOLERANCE,
                    "The signature timestamp is " + age.toSeconds() + " s away from now, tolerance is "
                            + tolerance.toSeconds() + " s");
        }
    }

    private String signature(long epochSeconds, byte[] rawBody) {
        ByteArrayOutputStream signedPayload = new ByteArrayOutputStream();
        signedPayload.writeBytes((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
        signedPayload.writeBytes(Objects.requireNonNull(rawBody, "rawBody"));
        return HexFormat.of().formatHex(HmacSha256.sign(key, signedPayload.toByteArray()));
    }
}
