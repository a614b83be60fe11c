package io.contracthub.hub.api;

import org.springframework.http.HttpStatus;

import java.util.Map;

public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "The body is larger than " + limit + " bytes",
                Map.of("limitBytes", limit));
    }
}
