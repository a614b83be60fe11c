package io.contracthub.hub.imports;

import io.contracthub.hub.persistence.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

@Repository
public class RegisterImportRepository {

    private static final String COLUMNS = "id, file_name, file_format, size_bytes, sha256, storage_path, status, total_rows, "
            + "rows_done, rows_refused, contracts_recorded, contracts_unchanged, contracts_refused, uploaded_by, uploaded_at, "
            + "started_at, finished_at, failure";
    private static final RowMapper<RegisterImport> ROW = (rs, n) -> new RegisterImport(rs.getString(1), rs.getString(2),
            RegisterFormat.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
            RegisterImport.Status.valueOf(rs.getString(7)), (Integer) rs.getObject(8, Integer.class), rs.getInt(9),
            rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14),
            Timestamps.instant(rs.getObject(15, OffsetDateTime.class)), Timestamps.instant(rs.getObject(16, OffsetDateTime.class)),
            Timestamps.instant(rs.getObject(17, OffsetDateTime.class)), rs.getString(18));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RegisterImportRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(String id, String fileName, RegisterFormat format, long sizeBytes, String sha256, String storagePath,
                String uploadedBy) {
        jdbc.update("INSERT INTO register_import (id, file_name, file_format, size_bytes, sha256, storage_path, status, "
                        + "rows_done, rows_refused, contracts_recorded, contracts_unchanged, contracts_refused, uploaded_by, "
                        + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)",
                id, fileName, format.name(), sizeBytes, sha256, storagePath, RegisterImport.Status.QUEUED.name(), uploadedBy,
                Timestamps.column(clock.instant()));
    }

    public Optional<RegisterImport> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM register_import WHERE id = ?", ROW, id).stream().findFirst();
    }

    public List<RegisterImport> latest(int max) {
        return jdbc.query("SELECT " + COLUMNS + " FROM register_import ORDER BY uploaded_at DESC, id LIMIT ?", ROW, max);
    }

    List<RegisterImport> unfinished() {
        return jdbc.query("SELECT " + COLUMNS + " FROM register_import WHERE status IN ('QUEUED', 'COUNTING', 'RUNNING') "
                + "ORDER BY uploaded_at", ROW);
    }

    /** Back to the start: an import the hub was stopped in is read again from its first row (nothing is imported twice). */
    void restart(String id) {
        jdbc.update("DELETE FROM register_import_refusal WHERE import_id = ?", id);
        jdbc.update("UPDATE register_import SET status = 'QUEUED', total_rows = NULL, rows_done = 0, rows_refused = 0, "
                + "contracts_recorded = 0, contracts_unchanged = 0, contracts_refused = 0, started_at = NULL WHERE id = ?", id);
    }

    void counting(String id) {
        jdbc.update("UPDATE register_import SET status = 'COUNTING' WHERE id = ?", id);
    }

    void running(String id, int totalRows) {
        jdbc.update("UPDATE register_import SET status = 'RUNNING', total_rows = ?, started_at = ? WHERE id = ?",
                totalRows, Timestamps.column(clock.instant()), id);
    }

    void progress(String id, ImportCounters counters) {
        jdbc.update("UPDATE register_import SET rows_done = ?, rows_refused = ?, contracts_recorded = ?, "
                        + "contracts_unchanged = ?, contracts_refused = ? WHERE id = ?", counters.rowsDone(),
                counters.rowsRefused(), counters.contractsRecorded(), counters.contractsUnchanged(),
                counters.contractsRefused(), id);
    }

    void finish(String id, ImportCounters counters, RegisterImport.Status status, String failure) {
        progress(id, counters);
        jdbc.update("UPDATE register_import SET status = ?, finished_at = ?, failure = ? WHERE id = ?", status.name(),
                Timestamps.column(clock.instant()), failure, id);
    }

    void refuse(String id, List<RowReason> reasons) {
        jdbc.batchUpdate("INSERT INTO register_import_refusal (import_id, row_number, contract_number, column_key, reason_zh, "
                + "reason_en) VALUES (?, ?, ?, ?, ?, ?)", reasons, reasons.size(), (insert, reason) -> {
            insert.setString(1, id);
            insert.setInt(2, reason.rowNumber());
            insert.setString(3, cut(reason.contractNumber(), 255));
            insert.setString(4, reason.column() == null ? null : reason.column().key());
            insert.setString(5, cut(reason.zh(), 500));
            insert.setString(6, cut(reason.en(), 500));
        });
    }

    /** The refused rows' reasons in row order, one at a time (a report of many refusals is never a list in memory). */
    public void eachRefusal(String id, Consumer<RowReason> reasons) {
        jdbc.query("SELECT row_number, contract_number, column_key, reason_zh, reason_en FROM register_import_refusal "
                + "WHERE import_id = ? ORDER BY row_number, id", rs -> {
            String key = rs.getString(3);
            reasons.accept(new RowReason(rs.getInt(1), rs.getString(2),
                    key == null ? null : RegisterColumn.named(key).orElse(null), rs.getString(4), rs.getString(5)));
        }, id);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
