package io.contracthub.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A vendor's error code and message as read from its error body; either may be null. */
public record VendorError(String code, String message) {

    /** Reads a vendor's error fields out of a response body. */
    @FunctionalInterface
    public interface Reader {
        VendorError read(JsonNode body);
    }

    public static Reader fields(String codeField, String messageField) {
        return body -> new VendorError(text(body.path(codeField)), text(body.path(messageField)));
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
