package io.contracthub.hub.contract360;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a source answered a 360. */
public enum SourceStatus {
    OK, TIMED_OUT, BREAKER_OPEN, NOT_CONFIGURED, FAILED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
