package io.contracthub.hub.payment.statement;

import io.contracthub.hub.persistence.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Statement files and their credit lines (table bank_statement_line: one row per bank and line key, ever). */
@Repository
public class BankStatementRepository {

    public record StoredLine(long id, long statementId, String bank, int row, LocalDate bookedOn, BigDecimal amount,
                             String payerName, String reference, String status, String contractId, String invoice,
                             String note, String decidedBy, Instant decidedAt) {
    }

    private static final RowMapper<StoredLine> LINE = (rs, n) -> new StoredLine(rs.getLong("id"), rs.getLong("statement_id"),
            rs.getString("bank"), rs.getInt("file_row"), rs.getObject("booked_on", LocalDate.class),
            rs.getBigDecimal("amount"), rs.getString("payer_name"), rs.getString("reference"), rs.getString("status"),
            rs.getString("contract_id"), rs.getString("invoice_number"), rs.getString("note"), rs.getString("decided_by"),
            Timestamps.instant(rs.getObject("decided_at", OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    public BankStatementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertStatement(String bank, String fileName, String sha256, String uploadedBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO bank_statement (bank, file_name, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?)""",
                    new String[]{"id"});
            statement.setString(1, bank);
            statement.setString(2, fileName);
            statement.setString(3, sha256);
            statement.setString(4, uploadedBy);
            statement.setObject(5, Timestamps.column(at));
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    long insertLine(long statementId, String bank, String lineKey, StatementLine line, String status, String contractId,
                    String invoice, String note) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO bank_statement_line (statement_id, bank, line_key, file_row, booked_on, amount, payer_name,
                                                     reference, status, contract_id, invoice_number, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[]{"id"});
            statement.setLong(1, statementId);
            statement.setString(2, bank);
            statement.setString(3, lineKey);
            statement.setInt(4, line.row());
            statement.setDate(5, Date.valueOf(line.bookedOn()));
            statement.setBigDecimal(6, line.amount());
            statement.setString(7, truncate(line.payerName(), 200));
            statement.setString(8, truncate(line.reference(), 500));
            statement.setString(9, status);
            statement.setString(10, contractId);
            statement.setString(11, invoice);
            statement.setString(12, truncate(note, 1000));
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    Optional<StoredLine> findByKey(String bank, String lineKey) {
        return jdbc.query("SELECT * FROM bank_statement_line WHERE bank = ? AND line_key = ?", LINE, bank, lineKey)
                .stream().findFirst();
    }

    public Optional<StoredLine> find(long id) {
        return jdbc.query("SELECT * FROM bank_statement_line WHERE id = ?", LINE, id).stream().findFirst();
    }

    /** Claims a line for an invoice a person chose; false when it was decided before (never reused). */
    boolean assign(long id, String contractId, String invoice, String decidedBy, String note, Instant at) {
        return jdbc.update("""
                        UPDATE bank_statement_line SET status = 'ASSIGNED', contract_id = ?, invoice_number = ?, decided_by = ?,
                               note = ?, decided_at = ?
                         WHERE id = ? AND status IN ('REVIEW', 'UNMATCHED')""",
                contractId, invoice, decidedBy, truncate(note, 1000), Timestamps.column(at), id) == 1;
    }

    /** The lines waiting for a person, oldest first. */
    public List<StoredLine> waitingForPerson(int max) {
        return jdbc.query("SELECT * FROM bank_statement_line WHERE status IN ('REVIEW', 'UNMATCHED') ORDER BY id LIMIT ?",
                LINE, max);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
