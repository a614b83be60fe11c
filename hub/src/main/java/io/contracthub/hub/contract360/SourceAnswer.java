package io.contracthub.hub.contract360;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * One source's part of a 360: its status, why when not ok, whether the data came from the cache, and the data it gave
 * (null unless ok).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceAnswer(String source, SourceStatus status, String message, boolean cached, Object data) {

    public SourceAnswer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    public static SourceAnswer ok(String source, Object data, boolean cached) {
        return new SourceAnswer(source, SourceStatus.OK, null, cached, data);
    }

    public static SourceAnswer of(String source, SourceStatus status, String message) {
        return new SourceAnswer(source, status, message, false, null);
    }

    @JsonIgnore
    public boolean isOk() {
        return status == SourceStatus.OK;
    }
}
