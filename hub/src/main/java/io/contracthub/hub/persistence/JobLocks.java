package io.contracthub.hub.persistence;

import io.contracthub.hub.cluster.NodeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The job_lock table: a job that must run once across the nodes (a report, a scan) runs on the node that holds its
 * lock. The holder renews the lock each run and keeps it; another node takes it once {@code locked_until} has passed
 * (the holder died) or at once when the holder released it (its route stopped). Taken in one conditional update, so two nodes never both hold it.
 */
@Component
public class JobLocks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final NodeId node;

    public JobLocks(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, NodeId node) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.node = node;
    }

    public NodeId node() {
        return node;
    }

    /** True when this node holds (took or renewed) the lock on {@code job} for {@code hold} from now. */
    public boolean tryHold(String job, Duration hold) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Instant now = clock.instant();
            jdbc.update("INSERT INTO job_lock (name) VALUES (?) ON CONFLICT DO NOTHING", job);
            return jdbc.update("""
                            UPDATE job_lock SET owner = ?, locked_until = ?
                             WHERE name = ? AND (owner = ? OR locked_until IS NULL OR locked_until <= ?)""",
                    node.value(), Timestamps.column(now.plus(hold)), job, node.value(), Timestamps.column(now)) == 1;
        }));
    }

    /**
     * Gives up this node's lock on {@code job}, so another node, or this one restarted under a new node id, takes it at
     * its next run instead of when the hold runs out. Does nothing when another node holds it.
     */
    public void release(String job) {
        jdbc.update("UPDATE job_lock SET locked_until = NULL WHERE name = ? AND owner = ?", job, node.value());
    }

    /** The node holding the lock on {@code job} now, if any. */
    public java.util.Optional<String> holder(String job) {
        return jdbc.queryForList("SELECT owner FROM job_lock WHERE name = ? AND locked_until > ?", String.class,
                job, Timestamps.column(clock.instant())).stream().findFirst();
    }
}
