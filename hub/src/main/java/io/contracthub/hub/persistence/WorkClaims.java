package io.contracthub.hub.persistence;

import io.contracthub.hub.cluster.NodeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * How every kind of deferred work is claimed, backed off and given up on, when several hub nodes share one database.
 * <p>
 * <b>Claim.</b> Work kept in order per contract (inbox, outbox) is leased per key (a contract), not per row: a node that holds a contract's lease handles all of
 * that contract's due rows, in order, and every other node skips the contract until the lease is released or runs
 * out. The lease row is taken with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x alike) and
 * stamped with this node and {@code lease_until} in the same transaction, so two nodes never both hold a key. A node
 * killed while holding a lease leaves it behind; once {@code lease_until} has passed another node takes it over.
 * Leasing the key rather than each row matters: a message that arrives for a contract while another node works on
 * its earlier ones is not locked by anybody, and a row-level claim would let a second node run it ahead of them.
 * Work without an order among its rows (notices, HIS checks, OCR recognitions, sign-flow reconciliations) is claimed
 * per row instead, {@link #claimRow}.
 * <p>
 * <b>Back off.</b> {@link #backoff} is the one retry schedule: doubling from an initial delay up to a cap (per kind of
 * work through a {@link RetryPolicy}).
 * <p>
 * <b>Give up.</b> {@link #deadLetter} is the one way out: a row into the one dead_letter table, replayable there.
 */
@Component
public class WorkClaims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final NodeId node;
    private final Duration lease;
    private final DeadLetterRepository deadLetters;

    public WorkClaims(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, NodeId node,
                      @Value("${hub.work.lease:PT1M}") Duration lease, DeadLetterRepository deadLetters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.deadLetters = deadLetters;
    }

    public NodeId node() {
        return node;
    }

    /**
     * Leases to this node those of {@code candidates} that no other node holds; answers them. A key this node
     * already holds is renewed. The candidates come from the work table itself (due rows), never from a request.
     */
    public List<String> claim(String queue, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // a fixed order, so two nodes creating the same lease rows never wait on each other in a circle
        List<String> keys = new ArrayList<>(new TreeSet<>(candidates));
        return transaction.execute(status -> {
            Instant now = clock.instant();
            jdbc.batchUpdate("INSERT INTO work_lease (queue, lease_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    keys.stream().map(key -> new Object[]{queue, key}).toList());
            List<Object> args = new ArrayList<>();
            args.add(queue);
            args.addAll(keys);
            args.add(Timestamps.column(now));
            args.add(node.value());
            List<String> free = jdbc.queryForList("SELECT lease_key FROM work_lease WHERE queue = ? AND lease_key IN ("
                    + placeholders(keys.size()) + ") AND (lease_until IS NULL OR lease_until <= ? OR claimed_by = ?)"
                    + " ORDER BY lease_key FOR UPDATE SKIP LOCKED", String.class, args.toArray());
            if (free.isEmpty()) {
                return List.<String>of();
            }
            Instant until = now.plus(lease);
            jdbc.batchUpdate("UPDATE work_lease SET claimed_by = ?, lease_until = ? WHERE queue = ? AND lease_key = ?",
                    free.stream().map(key -> new Object[]{node.value(), Timestamps.column(until), queue, key}).toList());
            return free;
        });
    }

    /**
     * Claims one row of work whose rows need no order among themselves (a notice, a HIS check): its
     * {@code next_attempt_at} moves to the end of a lease of {@code leaseFor}, only if it still holds the value this
     * node read, so of two nodes that read the same due row one wins. A node that dies leaves the row due again when
     * the lease ends. {@code table} is a constant of the calling store, never input.
     */
    public boolean claimRow(String table, Object id, java.time.OffsetDateTime seenNextAttemptAt, Duration leaseFor) {
        return claimRow(table, "status = 'PENDING'", id, seenNextAttemptAt, leaseFor);
    }

    /**
     * As {@link #claimRow(String, Object, java.time.OffsetDateTime, Duration)}, for a table whose rows still to be done
     * are those matching {@code pending} (a constant condition of the calling store, never input) rather than
     * {@code status = 'PENDING'}: vouchers awaiting recognition, sign flows awaiting reconciliation.
     */
    public boolean claimRow(String table, String pending, Object id, java.time.OffsetDateTime seenNextAttemptAt,
                            Duration leaseFor) {
        return jdbc.update("UPDATE " + table + " SET next_attempt_at = ? WHERE id = ? AND " + pending
                        + " AND next_attempt_at = ?",
                Timestamps.column(clock.instant().plus(leaseFor)), id, seenNextAttemptAt) == 1;
    }

    /** Gives this node's leases on {@code keys} back, so the next poll of any node may take them. */
    public void release(String queue, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE work_lease SET claimed_by = NULL, lease_until = NULL"
                        + " WHERE queue = ? AND lease_key = ? AND claimed_by = ?",
                new TreeSet<>(keys).stream().map(key -> new Object[]{queue, key, node.value()}).toList());
    }

    /**
     * A condition on a work table's key column (e.g. {@code i.contract_key}) that leaves out keys another node holds
     * now; its two parameters are {@link #leasedElsewhereArgs}. Only a filter for choosing candidates:
     * {@link #claim} decides.
     */
    public static String notLeasedElsewhere(String queue, String keyColumn) {
        return "NOT EXISTS (SELECT 1 FROM work_lease l WHERE l.queue = '" + queue + "' AND l.lease_key = " + keyColumn
                + " AND l.lease_until > ? AND l.claimed_by <> ?)";
    }

    public Object[] leasedElsewhereArgs() {
        return new Object[]{Timestamps.column(clock.instant()), node.value()};
    }

    /** The one retry schedule: {@code initial} doubled per failed attempt, never more than {@code max}. */
    public static Duration backoff(int attempts, Duration initial, Duration max) {
        Duration delay = initial.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The one way work is given up on: a dead letter a person can read and replay. */
    public void deadLetter(DeadLetter.Origin origin, String destination, String reference, String contractKey,
                           String reason, String payload) {
        String shortReason = reason == null ? "no reason given" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        deadLetters.insert(origin, destination, reference, contractKey, shortReason, payload == null ? "" : payload);
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
