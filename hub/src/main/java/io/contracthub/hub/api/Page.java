package io.contracthub.hub.api;

import org.springframework.http.HttpStatus;

import java.util.List;

public record Page<T>(List<T> items, int page, int size, long total) {

    static void check(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", "page must be >= 0 and size 1..200");
        }
    }
}
