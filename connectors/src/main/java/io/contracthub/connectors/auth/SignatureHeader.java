package io.contracthub.connectors.auth;

import java.util.ArrayList;
import java.util.List;

import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MALFORMED;
import static io.contracthub.connectors.auth.WebhookAuthenticationException.SIGNATURE_MISSING;

/** The parsed form of {@code t=<secs>,v1=<hex>[,v1=<hex>...]}; unknown keys (e.g. a future v2) are ignored. */
record SignatureHeader(long timestamp, List<String> signatures) {

    private static final String TIMESTAMP_KEY = "t";
    private static final String SIGNATURE_KEY = "v1";
    private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern.compile("\\d{1,18}");

    static SignatureHeader parse(String header) {
        if (header == null || header.isBlank()) {
            throw new WebhookAuthenticationException(SIGNATURE_MISSING, "The signature header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals < 0) {
                throw malformed("element without '='");
            }
            String key = element.substring(0, equals).trim();
            String value = element.substring(equals + 1).trim();
            if (key.equals(TIMESTAMP_KEY)) {
                if (timestamp != null) {
                    throw malformed("more than one timestamp");
                }
                timestamp = parseTimestamp(value);
            } else if (key.equals(SIGNATURE_KEY) && !value.isEmpty()) {
                signatures.add(value);
            }
        }
        if (timestamp == null) {
            throw malformed("no timestamp (t=)");
        }
        if (signatures.isEmpty()) {
            throw malformed("no signature (v1=)");
        }
        return new SignatureHeader(timestamp, List.copyOf(signatures));
    }

    private static long parseTimestamp(String value) {
        if (!SECONDS.matcher(value).matches()) {
            throw malformed("timestamp is not a number of seconds");
        }
        return Long.parseLong(value);
    }

    private static WebhookAuthenticationException malformed(String detail) {
        return new WebhookAuthenticationException(SIGNATURE_MALFORMED, "The signature header is malformed: " + detail);
    }
}
