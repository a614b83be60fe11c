package io.contracthub.hub.persistence;

import io.contracthub.routes.spi.OutboxMessage;
import io.contracthub.routes.spi.OutboxStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.List;

@Repository
public class JdbcOutboxStore implements OutboxStore {

    static final String QUEUE = "outbox";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WorkClaims claims;

    public JdbcOutboxStore(JdbcTemplate jdbc, Clock clock, WorkClaims claims) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claims = claims;
    }

    /** Written in the same transaction as the state change that fires the trigger. */
    public void insert(String contractId, long journalSeq, String triggerName, String destination, String idempotencyKey,
                       String payload) {
        jdbc.update("""
                        INSERT INTO outbox (contract_id, journal_seq, trigger_name, destination, idempotency_key, payload, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                contractId, journalSeq, triggerName, destination, idempotencyKey, payload, Timestamps.column(clock.instant()));
    }

    /**
     * Leases the contracts with unpublished messages to this node (see {@link WorkClaims}) and answers their
     * messages, oldest first; {@link #release} gives the contracts back after publishing. Another node skips a
     * leased contract, so a contract's triggers reach the broker in the order they fired.
     */
    @Override
    public List<OutboxMessage> pending(int max) {
        List<Object> candidateArgs = new java.util.ArrayList<>(List.of(claims.leasedElsewhereArgs()));
        candidateArgs.add(max);
        List<String> candidates = jdbc.queryForList("SELECT o.contract_id FROM outbox o WHERE o.published_at IS NULL AND "
                + WorkClaims.notLeasedElsewhere(QUEUE, "o.contract_id")
                + " GROUP BY o.contract_id ORDER BY MIN(o.id) LIMIT ?", String.class, candidateArgs.toArray());
        List<String> claimed = claims.claim(QUEUE, candidates);
        if (claimed.isEmpty()) {
            return List.of();
        }
        List<Object> args = new java.util.ArrayList<>(claimed);
        args.add(max);
        List<OutboxMessage> pending = jdbc.query("""
                        SELECT o.id, o.contract_id, c.contract_number, o.trigger_name, o.destination, o.idempotency_key, o.payload
                          FROM outbox o JOIN contract c ON c.id = o.contract_id
                         WHERE o.published_at IS NULL AND o.contract_id IN (""" + WorkClaims.placeholders(claimed.size())
                        + ") ORDER BY o.id LIMIT ?",
                (rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)),
                args.toArray());
        java.util.Set<String> withMessages = pending.stream().map(OutboxMessage::contractId)
                .collect(java.util.stream.Collectors.toSet());
        claims.release(QUEUE, claimed.stream().filter(id -> !withMessages.contains(id)).toList());
        return pending;
    }

    @Override
    public void release(List<OutboxMessage> batch) {
        claims.release(QUEUE, batch.stream().map(OutboxMessage::contractId).distinct().toList());
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
