package io.contracthub.hub.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one conversion between Instants and TIMESTAMP WITH TIME ZONE columns (H2 and PostgreSQL alike). */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
