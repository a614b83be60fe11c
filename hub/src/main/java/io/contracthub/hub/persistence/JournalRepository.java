package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Append-only: entries are inserted, never updated or deleted. */
@Repository
public class JournalRepository {

    private static final RowMapper<JournalEntry> ROW = (rs, n) -> new JournalEntry(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), Timestamps.instant(rs.getObject(10, OffsetDateTime.class)),
            Timestamps.instant(rs.getObject(11, OffsetDateTime.class)), rs.getString(12), rs.getString(13),
            rs.getString(14), rs.getString(15));

    private final JdbcTemplate jdbc;

    public JournalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(JournalEntry entry) {
        jdbc.update("""
                        INSERT INTO journal (contract_id, seq, source_system, source_event_id, facet, outcome, actor, reason,
                                             attachment_ref, occurred_at, received_at, payload_hash, evidence_json,
                                             lifecycle_after, tier_after)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.contractId(), entry.seq(), entry.sourceSystem(), entry.sourceEventId(), entry.facet(), entry.outcome(),
                entry.actor(), entry.reason(), entry.attachmentRef(), Timestamps.column(entry.occurredAt()),
                Timestamps.column(entry.receivedAt()), entry.payloadHash(), entry.evidenceJson(), entry.lifecycleAfter(),
                entry.tierAfter());
    }

    /** The hash of the body that made the journal entry of this source event, if there is one. */
    public Optional<String> payloadHash(String contractId, String sourceSystem, String sourceEventId) {
        return jdbc.queryForList("""
                        SELECT payload_hash FROM journal
                         WHERE contract_id = ? AND source_system = ? AND source_event_id = ?""",
                String.class, contractId, sourceSystem, sourceEventId).stream().findFirst();
    }

    /** Oldest first. */
    /**
     * The attachment reference of the newest entry {@code sourceSystem} recorded for the contract (empty when that
     * entry has none): a CRM document belongs to the terms of the event that named it, not to later ones.
     */
    public Optional<String> latestAttachmentRef(String contractId, String sourceSystem) {
        return jdbc.query("SELECT attachment_ref FROM journal WHERE contract_id = ? AND source_system = ?"
                        + " ORDER BY seq DESC LIMIT 1", (rs, n) -> Optional.ofNullable(rs.getString(1)), contractId, sourceSystem)
                .stream().findFirst().flatMap(ref -> ref);
    }

    public List<JournalEntry> entries(String contractId) {
        return jdbc.query("""
                        SELECT contract_id, seq, source_system, source_event_id, facet, outcome, actor, reason, attachment_ref,
                               occurred_at, received_at, payload_hash, evidence_json, lifecycle_after, tier_after
                          FROM journal WHERE contract_id = ? ORDER BY seq""",
                ROW, contractId);
    }
}
