package io.contracthub.hub.api;

import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.Map;

/** The routes cannot take a message yet: Tomcat answers before the Camel context has started. Answered 503 with Retry-After. */
public class HubStartingException extends ApiException {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public HubStartingException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "starting", "The hub is not ready to take messages yet; retry in a moment",
                Map.of("retryAfterSeconds", RETRY_AFTER.toSeconds()));
    }
}
