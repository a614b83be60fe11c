package io.contracthub.connectors.auth;

import java.util.Objects;

/** A webhook request failed authentication; {@link #code()} says why, in a machine-readable form. */
public class WebhookAuthenticationException extends RuntimeException {

    public static final String SIGNATURE_MISSING = "signature_missing";
    public static final String SIGNATURE_MALFORMED = "signature_malformed";
    public static final String TIMESTAMP_OUTSIDE_TOLERANCE = "timestamp_outside_tolerance";
    public static final String SIGNATURE_MISMATCH = "signature_mismatch";

    private final String code;

    public WebhookAuthenticationException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
