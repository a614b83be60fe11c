package io.contracthub.hub.imports;

import java.time.Instant;

/** A register import as stored: the file, where it stands, and its counters. */
public record RegisterImport(String id, String fileName, RegisterFormat format, long sizeBytes, String sha256,
                             String storagePath, Status status, Integer totalRows, int rowsDone, int rowsRefused,
                             int contractsRecorded, int contractsUnchanged, int contractsRefused, String uploadedBy,
                             Instant uploadedAt, Instant startedAt, Instant finishedAt, String failure) {

    public enum Status {
        /** waiting for a free import worker */
        QUEUED,
        /** counting the rows, so that the time left can be told */
        COUNTING,
        RUNNING,
        DONE,
        /** the file could not be read to its end; the rows before stay imported */
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }
}
