package io.contracthub.hub.api;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A request the API refuses, with the status and machine-readable code the caller gets. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(code, getMessage(), details);
    }
}
