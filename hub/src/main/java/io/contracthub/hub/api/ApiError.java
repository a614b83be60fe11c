package io.contracthub.hub.api;

import java.util.Map;

/** The one error body: {"code": "...", "message": "...", "details": {...}}. */
public record ApiError(String code, String message, Map<String, Object> details) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, Map.of());
    }
}
