package io.contracthub.hub.people.notification;

import io.contracthub.hub.erp.ErpEvidenceRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Where the events people are told about are read from: the journal (qualification results, rejected vouchers, the
 * invoice an ERP created), the outbox (the invoicing task queued for finance), the dead-letter table and the HIS checks
 * that keep failing. Only rows without a notice yet, so the scan is idempotent and no cursor can skip a row committed
 * late.
 */
@Repository
public class NotificationSources {

    /** The trigger (config/hub-rules.yml) whose outbox message is finance's invoicing task. */
    public static final String INVOICING_TRIGGER = "finance.invoicing";

    public record JournalEvent(long id, String contractId, String contractNumber, String facet, String outcome,
                               String actor, String reason, String viewJson) {
    }

    public record OutboxEvent(long id, String contractId, String contractNumber, String trigger, String viewJson) {
    }

    /** A change to signed terms proposed as an amendment (docs/amendments.md), with its differences as JSON. */
    public record AmendmentEvent(long id, String contractId, String contractNumber, String amendmentId,
                                 String differencesJson, String viewJson) {
    }

    public record DeadLetterEvent(long id, String destination, String contractId, String reason) {
    }

    public record UnreachableHisCheck(String checkId, String contractId, String contractNumber, String licenceNumber,
                                      int attempts, String lastError, String viewJson) {
    }

    /** The notice source of HIS checks (table qualification_check, whose name is too long for source_table); a check's id is its source key. */
    public static final String HIS_CHECK = "his_check";

    private final JdbcTemplate jdbc;

    public NotificationSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<JournalEvent> journal(Instant since, int max) {
        return jdbc.query("""
                        SELECT j.id, j.contract_id, c.contract_number, j.facet, j.outcome, j.actor, j.reason, c.view_json
                          FROM journal j JOIN contract c ON c.id = j.contract_id
                         WHERE j.received_at > ?
                           AND ((j.facet = 'QUALIFICATION' AND j.outcome IN ('CONFIRMED', 'FAILED'))
                             OR (j.facet = 'DOWN_PAYMENT' AND j.outcome = 'FAILED')
                             OR (j.facet = 'ERP_DOCUMENTS' AND j.outcome = 'CONFIRMED' AND j.actor = ? AND j.reason LIKE ?))
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'journal' AND n.source_id = j.id)
                         ORDER BY j.id LIMIT ?""",
                (rs, n) -> new JournalEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)),
                since.atOffset(ZoneOffset.UTC), ErpEvidenceRecorder.ACTOR, ErpEvidenceRecorder.INVOICE_REASON_PREFIX + "%", max);
    }

    /** Stall alerts of payment journeys (PAYMENT evidence by the hub whose reason says kind=ALERTED) not yet announced. */
    List<JournalEvent> paymentStalls(Instant since, int max) {
        return jdbc.query("""
                        SELECT j.id, j.contract_id, c.contract_number, j.facet, j.outcome, j.actor, j.reason, c.view_json
                          FROM journal j JOIN contract c ON c.id = j.contract_id
                         WHERE j.received_at > ? AND j.facet = 'PAYMENT' AND j.reason LIKE '[journey kind=ALERTED %'
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'journal' AND n.source_id = j.id)
                         ORDER BY j.id LIMIT ?""",
                (rs, n) -> new JournalEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)),
                since.atOffset(ZoneOffset.UTC), max);
    }

    List<OutboxEvent> invoicingTasks(Instant since, int max) {
        return jdbc.query("""
                        SELECT o.id, o.contract_id, c.contract_number, o.trigger_name, c.view_json
                          FROM outbox o JOIN contract c ON c.id = o.contract_id
                         WHERE o.created_at > ? AND o.trigger_name = ?
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'outbox' AND n.source_id = o.id)
                         ORDER BY o.id LIMIT ?""",
                (rs, n) -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                since.atOffset(ZoneOffset.UTC), INVOICING_TRIGGER, max);
    }

    /** Amendments proposed since {@code since} that {@code event} has not been planned for yet. */
    List<AmendmentEvent> amendments(Instant since, String event, int max) {
        return jdbc.query("""
                        SELECT a.id, a.contract_id, c.contract_number, a.amendment_id, a.differences, c.view_json
                          FROM contract_amendment a JOIN contract c ON c.id = a.contract_id
                         WHERE a.created_at > ?
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'amendment'
                                             AND n.source_id = a.id AND n.event = ?)
                         ORDER BY a.id LIMIT ?""",
                (rs, n) -> new AmendmentEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                since.atOffset(ZoneOffset.UTC), event, max);
    }

    /** Reversal tasks for finance (an amendment took effect after an invoice was issued), not announced yet. */
    List<OutboxEvent> reversalTasks(Instant since, String trigger, int max) {
        return jdbc.query("""
                        SELECT o.id, o.contract_id, c.contract_number, o.trigger_name, o.payload
                          FROM outbox o JOIN contract c ON c.id = o.contract_id
                         WHERE o.created_at > ? AND o.trigger_name = ?
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'outbox' AND n.source_id = o.id)
                         ORDER BY o.id LIMIT ?""",
                (rs, n) -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                since.atOffset(ZoneOffset.UTC), trigger, max);
    }

    /** Dead letters not announced yet; a notice's own dead letter is not announced (its channel may be the one down). */
    List<DeadLetterEvent> deadLetters(Instant since, int max) {
        return jdbc.query("""
                        SELECT d.id, d.destination, d.contract_id, d.reason FROM dead_letter d
                         WHERE d.created_at > ? AND d.origin <> 'NOTIFICATION'
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = 'dead_letter' AND n.source_id = d.id)
                         ORDER BY d.id LIMIT ?""",
                (rs, n) -> new DeadLetterEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                since.atOffset(ZoneOffset.UTC), max);
    }

    /**
     * Checks still pending after {@code attempts} tries: each try that did not complete the check was a time-out, a
     * failed connection or an open breaker, so these are failures in a row.
     */
    List<UnreachableHisCheck> unreachableHisChecks(Instant since, int attempts, String event, int max) {
        return jdbc.query("""
                        SELECT q.id, q.contract_id, c.contract_number, q.licence_number, q.attempts, q.last_error, c.view_json
                          FROM qualification_check q JOIN contract c ON c.id = q.contract_id
                         WHERE q.created_at > ? AND q.status = 'PENDING' AND q.attempts >= ?
                           AND NOT EXISTS (SELECT 1 FROM people_notification n WHERE n.source_table = ? AND n.source_id = 0
                                             AND n.source_key = q.id AND n.event = ?)
                         ORDER BY q.created_at LIMIT ?""",
                (rs, n) -> new UnreachableHisCheck(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7)),
                since.atOffset(ZoneOffset.UTC), attempts, HIS_CHECK, event, max);
    }
}
