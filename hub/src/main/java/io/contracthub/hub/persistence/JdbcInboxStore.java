package io.contracthub.hub.persistence;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.routes.spi.InboundMessage;
import io.contracthub.routes.spi.InboxItem;
import io.contracthub.routes.spi.InboxReceipt;
import io.contracthub.routes.spi.InboxStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Repository
public class JdbcInboxStore implements InboxStore, RevivableWork {

    static final String PENDING = "PENDING";
    static final String PROCESSED = "PROCESSED";
    static final String DEAD = "DEAD";
    static final String QUEUE = "inbox";
    /** Due now; a message waiting for its retry holds back the later messages of the same contract. */
    private static final String DUE = """
            i.status = 'PENDING' AND i.next_attempt_at <= ?
               AND NOT EXISTS (SELECT 1 FROM inbox w
                                WHERE w.contract_key = i.contract_key AND w.status = 'PENDING'
                                  AND w.id < i.id AND w.next_attempt_at > ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HubProperties.Inbox settings;
    private final WorkClaims claims;

    @Autowired
    public JdbcInboxStore(JdbcTemplate jdbc, Clock clock, HubProperties properties, WorkClaims claims) {
        this(jdbc, clock, properties.inbox(), claims);
    }

    JdbcInboxStore(JdbcTemplate jdbc, Clock clock, HubProperties.Inbox settings, WorkClaims claims) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.claims = claims;
    }

    @Override
    public InboxReceipt accept(InboundMessage message) {
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO inbox (source_system, source_event_id, contract_key, occurred_at, received_at, payload_hash,
                                           raw_payload, canonical_json, status, attempts, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", new String[]{"id"});
                insert.setString(1, message.system());
                insert.setString(2, message.eventId());
                insert.setString(3, message.contractKey());
                insert.setObject(4, Timestamps.column(message.occurredAt()));
                insert.setObject(5, Timestamps.column(now));
                insert.setString(6, Sha256.hex(message.rawBody()));
                insert.setString(7, new String(message.rawBody(), StandardCharsets.UTF_8));
                insert.setString(8, message.canonicalJson());
                insert.setString(9, PENDING);
                insert.setObject(10, Timestamps.column(now));
                return insert;
            }, keys);
            return new InboxReceipt(keys.getKey().longValue(), false);
        } catch (DuplicateKeyException duplicate) {
            Long existing = jdbc.queryForObject("SELECT id FROM inbox WHERE source_system = ? AND source_event_id = ?",
                    Long.class, message.system(), message.eventId());
            return new InboxReceipt(existing, true);
        }
    }

    /**
     * Leases the contracts with due messages to this node (see {@link WorkClaims}) and answers their due messages,
     * grouped per contract, each group in arrival order. A contract another node holds is left to that node;
     * {@link #release} gives a contract back once its group is done.
     */
    @Override
    public List<List<InboxItem>> dueByContract(int max) {
        OffsetDateTime now = Timestamps.column(clock.instant());
        List<Object> candidateArgs = new ArrayList<>(List.of(now, now));
        candidateArgs.addAll(List.of(claims.leasedElsewhereArgs()));
        candidateArgs.add(max);
        List<String> candidates = jdbc.queryForList("SELECT i.contract_key FROM inbox i WHERE " + DUE
                + " AND " + WorkClaims.notLeasedElsewhere(QUEUE, "i.contract_key")
                + " GROUP BY i.contract_key ORDER BY MIN(i.id) LIMIT ?", String.class, candidateArgs.toArray());
        List<String> claimed = claims.claim(QUEUE, candidates);
        if (claimed.isEmpty()) {
            return List.of();
        }
        // read after the claim: what another node finished before this node got the lease is no longer due
        now = Timestamps.column(clock.instant());
        List<Object> args = new ArrayList<>(List.of(now, now));
        args.addAll(claimed);
        args.add(max);
        List<InboxItem> due = jdbc.query("""
                SELECT id, source_system, source_event_id, contract_key, canonical_json, payload_hash, attempts
                  FROM inbox i
                 WHERE""" + " " + DUE + " AND i.contract_key IN (" + WorkClaims.placeholders(claimed.size()) + ")"
                        + " ORDER BY i.id LIMIT ?",
                (rs, n) -> new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)),
                args.toArray());
        Map<String, List<InboxItem>> byContract = new LinkedHashMap<>();
        for (InboxItem item : due) {
            byContract.computeIfAbsent(item.contractKey(), key -> new ArrayList<>()).add(item);
        }
        List<String> nothingDue = claimed.stream().filter(key -> !byContract.containsKey(key)).toList();
        claims.release(QUEUE, nothingDue);
        return new ArrayList<>(byContract.values());
    }

    @Override
    public void release(String contractKey) {
        claims.release(QUEUE, List.of(contractKey));
    }

    /**
     * Called inside the evidence transaction, so the message is done exactly when its evidence commits. A message
     * that is no longer pending was recorded already (by a node whose lease ran out while it worked): this fails,
     * which rolls the second recording back.
     */
    public void markProcessed(long id) {
        int updated = jdbc.update("UPDATE inbox SET status = ?, processed_at = ? WHERE id = ? AND status = ?",
                PROCESSED, Timestamps.column(clock.instant()), id, PENDING);
        if (updated != 1) {
            throw new AlreadyProcessedException(id);
        }
    }

    /** The inbox message was recorded already; this recording must not commit. */
    public static class AlreadyProcessedException extends IllegalStateException {
        public AlreadyProcessedException(long id) {
            super("inbox message " + id + " was recorded already, by this node or another");
        }
    }

    @Override
    @Transactional
    public void recordFailure(InboxItem item, Exception error) {
        int attempts = item.attempts() + 1;
        String reason = describe(error);
        if (attempts >= settings.maxAttempts()) {
            if (jdbc.update("UPDATE inbox SET status = ?, attempts = ?, last_error = ? WHERE id = ? AND status = ?",
                    DEAD, attempts, reason, item.id(), PENDING) == 1) {
                String payload = jdbc.queryForObject("SELECT raw_payload FROM inbox WHERE id = ?", String.class, item.id());
                claims.deadLetter(DeadLetter.Origin.INBOX, item.system(), String.valueOf(item.id()), item.contractKey(),
                        "gave up after " + attempts + " attempts: " + reason, payload);
            }
            return;
        }
        Instant next = clock.instant().plus(backoff(attempts));
        jdbc.update("UPDATE inbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = ?",
                attempts, reason, Timestamps.column(next), item.id(), PENDING);
    }

    /** Replays a dead-lettered inbox message: it becomes due again with fresh attempts. */
    @Override
    public DeadLetter.Origin origin() {
        return DeadLetter.Origin.INBOX;
    }

    @Override
    public boolean revive(String reference) {
        return StatusKeptRows.revive(jdbc, clock, "inbox", Long.parseLong(reference), PENDING, DEAD);
    }

    Duration backoff(int attempts) {
        return WorkClaims.backoff(attempts, settings.initialBackoff(), settings.maxBackoff());
    }

    private static String describe(Exception error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 1900 ? text.substring(0, 1900) : text;
    }
}
