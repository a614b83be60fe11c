package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.http.VendorError;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads an OData V2 error ({@code error.code}, {@code error.message.value}, {@code innererror.errordetails[]}) into
 * one message that says everything SAP said, for the dead letter and the log.
 */
public final class SapODataError {

    private SapODataError() {
    }

    public static VendorError read(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isMissingNode()) {
            return new VendorError(null, null);
        }
        JsonNode message = error.path("message");
        Set<String> messages = new LinkedHashSet<>();
        messages.add(message.isObject() ? message.path("value").asText("") : message.asText(""));
        for (JsonNode detail : error.path("innererror").path("errordetails")) {
            String text = detail.path("message").asText("");
            // the first detail usually repeats the main message; warnings do not explain a refusal
            if (!text.isBlank() && !messages.contains(text) && !"warning".equalsIgnoreCase(detail.path("severity").asText())) {
                messages.add(text);
            }
        }
        messages.removeIf(String::isBlank);
        return new VendorError(error.path("code").asText(null), String.join("; ", messages));
    }
}
