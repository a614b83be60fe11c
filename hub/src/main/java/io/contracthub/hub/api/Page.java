package io.contracthub.hub.api;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

public record Page<T>(List<T> items, int page, int size, long total) {

    static final String PAGE_VALUES = "a whole number from 0";
    static final String SIZE_VALUES = "a whole number from 1 to 200";

    static void check(int page, int size) {
        if (page < 0) {
            throw invalid("page", PAGE_VALUES);
        }
        if (size < 1 || size > 200) {
            throw invalid("size", SIZE_VALUES);
        }
    }

    private static ApiException invalid(String parameter, String allowed) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", parameter + " must be " + allowed,
                Map.of("parameter", parameter, "allowed", allowed));
    }
}
