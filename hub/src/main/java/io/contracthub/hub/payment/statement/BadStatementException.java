package io.contracthub.hub.payment.statement;

import java.util.Map;

/** A statement file the hub cannot read as the bank's configured export; nothing of it is stored. */
public class BadStatementException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public BadStatementException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
