package io.contracthub.hub.people.qualification;

import io.contracthub.hub.persistence.StatusKeptRows;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.RevivableWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The qualification_check queue. A check that used up its attempts is DEAD, with a dead letter naming it; replaying
 * that makes it PENDING again.
 */
@Repository
public class QualificationCheckRepository implements RevivableWork {

    public record Check(String id, String contractId, String companyName, String creditCode, String licenceKind,
                        String licenceNumber, LocalDate validUntil, String submittedBy, String status, int attempts,
                        OffsetDateTime nextAttemptAt) {
    }

    private static final String COLUMNS = "id, contract_id, company_name, credit_code, licence_kind, licence_number, "
            + "valid_until, submitted_by, status, attempts, next_attempt_at";

    /** Claimed per row by WorkClaims.claimRow. */
    public static final String TABLE = "qualification_check";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public QualificationCheckRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(String id, String contractId, QualificationSubmission submission, String kind, Instant now) {
        jdbc.update("""
                        INSERT INTO qualification_check (id, contract_id, company_name, credit_code, licence_kind, licence_number,
                          valid_until, submitted_by, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
                id, contractId, submission.companyName().strip(), submission.creditCode().strip(), kind,
                submission.licenceNumber().strip(), submission.validUntil(), submission.submittedBy().strip(),
                column(now), column(now));
    }

    List<Check> due(Instant now, int max) {
        return jdbc.query("SELECT " + COLUMNS + " FROM qualification_check WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT ?",
                (rs, n) -> new Check(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getInt(10),
                        rs.getObject(11, OffsetDateTime.class)),
                column(now), max);
    }

    void complete(String id, String status, String result, String message, Instant now) {
        jdbc.update("""
                        UPDATE qualification_check SET status = ?, result = ?, result_message = ?, attempts = attempts + 1,
                          completed_at = ?, last_error = NULL WHERE id = ?""",
                status, result, truncate(message, 1000), column(now), id);
    }

    void reschedule(String id, Instant nextAttemptAt, String error) {
        jdbc.update("UPDATE qualification_check SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                column(nextAttemptAt), truncate(error, 2000), id);
    }

    /** False when another node already gave it up (or completed it). */
    boolean markDead(String id, String error) {
        return StatusKeptRows.giveUp(jdbc, "qualification_check", id, "PENDING", "DEAD", error);
    }

    @Override
    public DeadLetter.Origin origin() {
        return DeadLetter.Origin.HIS_CHECK;
    }

    @Override
    public boolean revive(String reference) {
        return StatusKeptRows.revive(jdbc, clock, "qualification_check", reference, "PENDING", "DEAD");
    }

    public List<Map<String, Object>> forContract(String contractId) {
        return jdbc.queryForList("""
                        SELECT id, licence_number AS "licenceNumber", status, attempts, result, result_message AS "resultMessage",
                          last_error AS "lastError", created_at AS "createdAt", completed_at AS "completedAt"
                          FROM qualification_check WHERE contract_id = ? ORDER BY created_at""", contractId);
    }

    private static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
