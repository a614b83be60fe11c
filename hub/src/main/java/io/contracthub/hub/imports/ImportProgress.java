package io.contracthub.hub.imports;

import java.time.Duration;
import java.time.Instant;

/**
 * What {@code GET /api/imports/{id}} answers: where the import stands, rows done out of the total, the rate so far and
 * the time left at that rate, and what became of the contracts.
 */
public record ImportProgress(String id, String fileName, String format, String status, Integer totalRows, int rowsDone,
                             int rowsRefused, Integer percentDone, Double rowsPerSecond, Long secondsLeft,
                             int contractsRecorded, int contractsUnchanged, int contractsRefused, Instant uploadedAt,
                             Instant startedAt, Instant finishedAt, String failure, String errorReport) {

    public static ImportProgress of(RegisterImport registerImport, Instant now) {
        Integer total = registerImport.totalRows();
        int done = registerImport.rowsDone();
        Double rate = null;
        Long left = null;
        if (registerImport.startedAt() != null) {
            Instant end = registerImport.finishedAt() != null ? registerImport.finishedAt() : now;
            double seconds = Math.max(Duration.between(registerImport.startedAt(), end).toMillis(), 1) / 1000.0;
            rate = done == 0 ? 0.0 : Math.round(done / seconds * 10) / 10.0;
            if (registerImport.status().finished()) {
                left = 0L;
            } else if (total != null && rate > 0) {
                left = (long) Math.ceil((total - done) / rate);
            }
        }
        Integer percent = total == null ? null : total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
        if (registerImport.status() == RegisterImport.Status.DONE) {
            percent = 100;
        }
        return new ImportProgress(registerImport.id(), registerImport.fileName(), registerImport.format().name(),
                registerImport.status().name(), total, done, registerImport.rowsRefused(), percent, rate, left,
                registerImport.contractsRecorded(), registerImport.contractsUnchanged(), registerImport.contractsRefused(),
                registerImport.uploadedAt(), registerImport.startedAt(), registerImport.finishedAt(),
                registerImport.failure(),
                registerImport.status().finished() ? "/api/imports/" + registerImport.id() + "/errors" : null);
    }

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
