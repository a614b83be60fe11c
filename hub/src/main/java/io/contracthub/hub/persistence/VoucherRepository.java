package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The voucher table. A voucher awaiting recognition is claimed work ({@link VoucherRecognitionWork}); one given up
 * on is DEAD_RECOGNITION with a dead letter naming it, and replaying that makes it await recognition again.
 */
@Repository
public class VoucherRepository implements RevivableWork {

    /** A voucher awaiting recognition and the next_attempt_at it was read with (what a claim compares). */
    public record Due(VoucherRecord voucher, OffsetDateTime nextAttemptAt) {
    }

    static final String TABLE = "voucher";
    static final String AWAITING_RECOGNITION = "status = '" + VoucherRecord.PENDING + "'";

    private static final String COLUMNS = "id, contract_id, file_name, content_type, size_bytes, sha256, storage_path, status, "
            + "attempts, last_error, provider, payer_name, amount, paid_on, serial_number, verdict, uploaded_at, recognized_at";
    private static final RowMapper<VoucherRecord> ROW = (rs, n) -> new VoucherRecord(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
            rs.getString(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13),
            rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate(), rs.getString(15), rs.getString(16),
            Timestamps.instant(rs.getObject(17, OffsetDateTime.class)), Timestamps.instant(rs.getObject(18, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public VoucherRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String contractId, String fileName, String contentType, long sizeBytes, String sha256, String storagePath) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = Timestamps.column(clock.instant());
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO voucher (contract_id, file_name, content_type, size_bytes, sha256, storage_path, status, attempts,
                                         next_attempt_at, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", new String[]{"id"});
            insert.setString(1, contractId);
            insert.setString(2, fileName);
            insert.setString(3, contentType);
            insert.setLong(4, sizeBytes);
            insert.setString(5, sha256);
            insert.setString(6, storagePath);
            insert.setString(7, VoucherRecord.PENDING);
            insert.setObject(8, now);
            insert.setObject(9, now);
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<VoucherRecord> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher WHERE id = ?", ROW, id).stream().findFirst();
    }

    public List<VoucherRecord> forContract(String contractId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher WHERE contract_id = ? ORDER BY id", ROW, contractId);
    }

    public List<Due> due(int max) {
        return jdbc.query("SELECT " + COLUMNS + ", next_attempt_at FROM voucher WHERE status = ? AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ?",
                (rs, n) -> new Due(ROW.mapRow(rs, n), rs.getObject(19, OffsetDateTime.class)),
                VoucherRecord.PENDING, Timestamps.column(clock.instant()), max);
    }

    /** False when another node already gave it up (or recognised it). */
    boolean markDead(long id, String error) {
        return StatusKeptRows.giveUp(jdbc, TABLE, id, VoucherRecord.PENDING, VoucherRecord.DEAD, error);
    }

    @Override
    public DeadLetter.Origin origin() {
        return DeadLetter.Origin.OCR;
    }

    @Override
    public boolean revive(String reference) {
        return StatusKeptRows.revive(jdbc, clock, TABLE, Long.parseLong(reference), VoucherRecord.PENDING, VoucherRecord.DEAD);
    }

    /** The provider could not answer now (time-out, 5xx, open breaker): the voucher stays pending and is tried again. */
    public void retryLater(long id, Instant next, String error) {
        jdbc.update("UPDATE voucher SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                Timestamps.column(next), error.length() > 1900 ? error.substring(0, 1900) : error, id);
    }

    public void markRecognized(long id, String status, String provider, String payerName, BigDecimal amount, LocalDate paidOn,
                               String serialNumber, String verdict) {
        jdbc.update("""
                        UPDATE voucher SET status = ?, attempts = attempts + 1, provider = ?, payer_name = ?, amount = ?, paid_on = ?,
                                           serial_number = ?, verdict = ?, recognized_at = ?
                         WHERE id = ?""",
                status, provider, payerName, amount, paidOn == null ? null : Date.valueOf(paidOn), serialNumber,
                verdict.length() > 1900 ? verdict.substring(0, 1900) : verdict, Timestamps.column(clock.instant()), id);
    }

    /** Whether a verified voucher of another contract carries this serial number. */
    public boolean serialUsedByAnotherContract(String serialNumber, String contractId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE serial_number = ? AND contract_id <> ? AND status = ?",
                Integer.class, serialNumber, contractId, VoucherRecord.VERIFIED);
        return count != null && count > 0;
    }
}
