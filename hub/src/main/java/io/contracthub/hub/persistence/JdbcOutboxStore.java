package io.contracthub.hub.persistence;

import io.contracthub.routes.spi.OutboxMessage;
import io.contracthub.routes.spi.OutboxStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.List;

@Repository
public class JdbcOutboxStore implements OutboxStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcOutboxStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Written in the same transaction as the state change that fires the trigger. */
    public void insert(String contractId, long journalSeq, String triggerName, String destination, String idempotencyKey,
                       String payload) {
        jdbc.update("""
                        INSERT INTO outbox (contract_id, journal_seq, trigger_name, destination, idempotency_key, payload, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                contractId, journalSeq, triggerName, destination, idempotencyKey, payload, Timestamps.column(clock.instant()));
    }

    @Override
    public List<OutboxMessage> pending(int max) {
        return jdbc.query("""
                        SELECT o.id, o.contract_id, c.contract_number, o.trigger_name, o.destination, o.idempotency_key, o.payload
                          FROM outbox o JOIN contract c ON c.id = o.contract_id
                         WHERE o.published_at IS NULL ORDER BY o.id LIMIT ?""",
                (rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)),
                max);
    }

    @Override
    public void markPublished(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // ids come from this table (at most one relay batch), never from a request
        String placeholders = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> args = new java.util.ArrayList<>();
        args.add(Timestamps.column(clock.instant()));
        args.addAll(ids);
        jdbc.update("UPDATE outbox SET published_at = ? WHERE id IN (" + placeholders + ")", args.toArray());
    }

    /** The first message a contract's {@code trigger} put in the outbox (its key and the journal entry that fired it). */
    public java.util.Optional<FiredTrigger> firstFired(String contractId, String trigger) {
        return jdbc.query("SELECT journal_seq, trigger_name, destination, idempotency_key, published_at FROM outbox"
                        + " WHERE contract_id = ? AND trigger_name = ? ORDER BY id LIMIT 1",
                (rs, n) -> new FiredTrigger(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Timestamps.instant(rs.getObject(5, java.time.OffsetDateTime.class))), contractId, trigger)
                .stream().findFirst();
    }

    /** The message put in the outbox under {@code idempotencyKey}, as JSON. */
    public java.util.Optional<String> payloadOf(String idempotencyKey) {
        return jdbc.queryForList("SELECT payload FROM outbox WHERE idempotency_key = ?", String.class, idempotencyKey)
                .stream().findFirst();
    }

    public boolean hasKey(String idempotencyKey) {
        return !jdbc.queryForList("SELECT id FROM outbox WHERE idempotency_key = ?", Long.class, idempotencyKey).isEmpty();
    }

    /** Triggers fired by each journal entry of a contract, for the timeline. */
    public List<FiredTrigger> firedFor(String contractId) {
        return jdbc.query("""
                        SELECT journal_seq, trigger_name, destination, idempotency_key, published_at FROM outbox
                         WHERE contract_id = ? ORDER BY id""",
                (rs, n) -> new FiredTrigger(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Timestamps.instant(rs.getObject(5, java.time.OffsetDateTime.class))),
                contractId);
    }

    public record FiredTrigger(long journalSeq, String trigger, String destination, String idempotencyKey,
                               java.time.Instant publishedAt) {
    }
}
