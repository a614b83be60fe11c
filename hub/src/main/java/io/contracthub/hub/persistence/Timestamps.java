package io.contracthub.hub.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one conversion between Instants and TIMESTAMP WITH TIME ZONE columns (H2 and PostgreSQL alike). */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
