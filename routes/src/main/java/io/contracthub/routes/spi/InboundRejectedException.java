package io.contracthub.routes.spi;

import java.util.Map;

/** Inbound content that can never be accepted as it is: malformed, of the wrong shape, or breaking a contract rule. */
public class InboundRejectedException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public InboundRejectedException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
