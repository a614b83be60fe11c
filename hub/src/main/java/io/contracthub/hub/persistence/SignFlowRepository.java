package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static io.contracthub.hub.persistence.SignFlowRecord.CREATED;
import static io.contracthub.hub.persistence.SignFlowRecord.FINAL;
import static io.contracthub.hub.persistence.SignFlowRecord.REQUESTED;

/**
 * The esign_sign_flow table. Reconciling an overdue flow is claimed work ({@link SignFlowReconciliationWork}); one
 * given up on has reconcile_given_up_at set and a dead letter naming it, and replaying that makes it due again.
 */
@Repository
public class SignFlowRepository implements RevivableWork {

    /**
     * A final status reaches the hub either by query (which marks the row FINAL) or by esign's callback, which goes
     * through the inbox into the journal (event id SIGN_FLOW_COMPLETE:&lt;flow&gt;:&lt;status&gt;) and never touches the row.
     */
    private static final String COMPLETED_BY_CALLBACK = """
            EXISTS (SELECT 1 FROM journal j
                     WHERE j.source_system = 'esign'
                       AND (j.source_event_id LIKE 'SIGN_FLOW_COMPLETE:' || f.sign_flow_id || ':%'
                         OR j.source_event_id LIKE f.amendment_id || ':SIGN_FLOW_COMPLETE:' || f.sign_flow_id || ':%'))""";
    // the state as the journal knows it, so a flow completed by callback never shows as CREATED
    private static final String COLUMNS = "f.id, f.contract_id, f.idempotency_key, f.sign_flow_id, "
            + "CASE WHEN f.state = '" + CREATED + "' AND " + COMPLETED_BY_CALLBACK + " THEN '" + FINAL + "' ELSE f.state END, "
            + "f.requested_at, f.created_at, f.last_checked_at";
    private static final RowMapper<SignFlowRecord> ROW = (rs, n) -> new SignFlowRecord(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), Timestamps.instant(rs.getObject(6, OffsetDateTime.class)),
            Timestamps.instant(rs.getObject(7, OffsetDateTime.class)), Timestamps.instant(rs.getObject(8, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SignFlowRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when this idempotency key was requested before */
    public void insertRequested(String contractId, String idempotencyKey) {
        jdbc.update("INSERT INTO esign_sign_flow (contract_id, idempotency_key, state, requested_at) VALUES (?, ?, ?, ?)",
                contractId, idempotencyKey, REQUESTED, Timestamps.column(clock.instant()));
    }

    /** As {@link #insertRequested(String, String)}, for the sign flow of a supplementary agreement. */
    public void insertRequested(String contractId, String idempotencyKey, String amendmentId) {
        jdbc.update("INSERT INTO esign_sign_flow (contract_id, idempotency_key, state, requested_at, amendment_id) VALUES (?, ?, ?, ?, ?)",
                contractId, idempotencyKey, REQUESTED, Timestamps.column(clock.instant()), amendmentId);
    }

    /** The amendment a sign flow signs, when it is a supplementary agreement's flow. */
    public Optional<String> amendmentOf(String contractId, String signFlowId) {
        return jdbc.queryForList("SELECT amendment_id FROM esign_sign_flow WHERE contract_id = ? AND sign_flow_id = ?"
                + " AND amendment_id IS NOT NULL", String.class, contractId, signFlowId).stream().findFirst();
    }

    public Optional<SignFlowRecord> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM esign_sign_flow f WHERE f.idempotency_key = ?", ROW, idempotencyKey)
                .stream().findFirst();
    }

    /** @param fileId the document esign signs in this flow; {@code termsSha256} the terms it was made from */
    public void markCreated(String idempotencyKey, String signFlowId, String fileId, String termsSha256) {
        OffsetDateTime now = Timestamps.column(clock.instant());
        jdbc.update("UPDATE esign_sign_flow SET sign_flow_id = ?, state = ?, created_at = ?, file_id = ?, terms_sha256 = ?,"
                        + " next_attempt_at = ? WHERE idempotency_key = ?",
                signFlowId, CREATED, now, fileId, termsSha256, now, idempotencyKey);
    }

    /**
     * Flows esign completed (its SIGN_FLOW_COMPLETE with status 2 is in the journal, by callback or query) whose
     * signed copy the hub has not stored yet, oldest first.
     */
    public List<SignFlowRecord> completedWithoutSignedDocument(int max) {
        return jdbc.query("SELECT " + COLUMNS + " FROM esign_sign_flow f"
                        + " WHERE f.sign_flow_id IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM signed_document d WHERE d.sign_flow_id = f.sign_flow_id)"
                        + " AND EXISTS (SELECT 1 FROM journal j WHERE j.source_system = 'esign'"
                        + "   AND j.source_event_id = 'SIGN_FLOW_COMPLETE:' || f.sign_flow_id || ':2')"
                        + " ORDER BY f.id LIMIT ?", ROW, max);
    }

    /** The contract's newest sign flow that esign created for the contract itself (not for an amendment). */
    public Optional<SignFlowRecord> latestCreatedFor(String contractId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM esign_sign_flow f WHERE f.contract_id = ? AND f.sign_flow_id IS NOT NULL"
                + " AND f.amendment_id IS NULL"
                + " ORDER BY f.id DESC LIMIT 1", ROW, contractId).stream().findFirst();
    }

    public List<SignFlowRecord> forContract(String contractId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM esign_sign_flow f WHERE f.contract_id = ? ORDER BY f.id", ROW, contractId);
    }

    /** An overdue flow, its reconciliation attempts so far and the next_attempt_at it was read with (what a claim compares). */
    public record Overdue(SignFlowRecord flow, int attempts, OffsetDateTime nextAttemptAt) {
    }

    static final String TABLE = "esign_sign_flow";
    /** A flow still to be reconciled: created, no final status by query, not given up. */
    static final String AWAITING_RECONCILIATION = "state = '" + CREATED + "' AND reconcile_given_up_at IS NULL";

    /**
     * Created flows with no final status recorded, by callback or query, not looked at since {@code before}, not
     * given up and not waiting out a backoff or another node's claim.
     */
    public List<Overdue> overdue(Instant before, int max) {
        return jdbc.query("SELECT " + COLUMNS + ", f.reconcile_attempts, f.next_attempt_at FROM esign_sign_flow f"
                        + " WHERE f.state = ? AND f.reconcile_given_up_at IS NULL AND COALESCE(f.last_checked_at, f.created_at) < ?"
                        + " AND f.next_attempt_at <= ? AND NOT " + COMPLETED_BY_CALLBACK
                        + " ORDER BY f.next_attempt_at, f.id LIMIT ?",
                (rs, n) -> new Overdue(ROW.mapRow(rs, n), rs.getInt(9), rs.getObject(10, OffsetDateTime.class)),
                CREATED, Timestamps.column(before), Timestamps.column(clock.instant()), max);
    }

    /** A query answered: the flow's failed attempts start again from none. */
    void reconciled(long id) {
        jdbc.update("UPDATE esign_sign_flow SET reconcile_attempts = 0, reconcile_error = NULL WHERE id = ?", id);
    }

    void reconcileLater(long id, Instant next, String error) {
        jdbc.update("UPDATE esign_sign_flow SET reconcile_attempts = reconcile_attempts + 1, next_attempt_at = ?,"
                + " reconcile_error = ? WHERE id = ?", Timestamps.column(next), truncate(error), id);
    }

    /** False when another node already gave it up. */
    boolean giveUpReconciling(long id, String error) {
        return jdbc.update("UPDATE esign_sign_flow SET reconcile_attempts = reconcile_attempts + 1, reconcile_given_up_at = ?,"
                        + " reconcile_error = ? WHERE id = ? AND reconcile_given_up_at IS NULL",
                Timestamps.column(clock.instant()), truncate(error), id) == 1;
    }

    @Override
    public DeadLetter.Origin origin() {
        return DeadLetter.Origin.SIGN_FLOW;
    }

    @Override
    public boolean revive(String reference) {
        return jdbc.update("UPDATE esign_sign_flow SET reconcile_given_up_at = NULL, reconcile_attempts = 0, next_attempt_at = ?"
                        + " WHERE id = ? AND reconcile_given_up_at IS NOT NULL",
                Timestamps.column(clock.instant()), Long.parseLong(reference)) == 1;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    /** A flow still open in esign and the SHA-256 of the terms its document was made from. */
    public record OpenFlow(SignFlowRecord flow, String termsSha256) {
    }

    /**
     * Created flows with no final status recorded whose document is bound to terms (all made since V13), oldest first;
     * not the flows of amendments, whose terms are the proposed ones, not the contract's.
     */
    public List<OpenFlow> openWithTerms(int max) {
        return jdbc.query("SELECT " + COLUMNS + ", f.terms_sha256 FROM esign_sign_flow f"
                        + " WHERE f.state = ? AND f.terms_sha256 IS NOT NULL AND f.amendment_id IS NULL"
                        + " AND NOT " + COMPLETED_BY_CALLBACK + " ORDER BY f.id LIMIT ?",
                (rs, n) -> new OpenFlow(ROW.mapRow(rs, n), rs.getString(9)), CREATED, max);
    }

    public void markChecked(long id, boolean isFinal) {
        if (isFinal) {
            jdbc.update("UPDATE esign_sign_flow SET last_checked_at = ?, state = ? WHERE id = ?",
                    Timestamps.column(clock.instant()), FINAL, id);
        } else {
            jdbc.update("UPDATE esign_sign_flow SET last_checked_at = ? WHERE id = ?", Timestamps.column(clock.instant()), id);
        }
    }
}
