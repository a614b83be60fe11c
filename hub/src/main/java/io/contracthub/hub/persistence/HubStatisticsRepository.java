package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** The counts the hub's gauges show, each one cheap query over an indexed column. */
@Repository
public class HubStatisticsRepository {

    /** How many rows wait, and since when the oldest of them (null when none). */
    public record Backlog(long count, Instant oldest) {
    }

    public record TierAndLifecycle(String tier, String lifecycle) {
    }

    private final JdbcTemplate jdbc;

    public HubStatisticsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inbox messages not yet evidence (dead ones excluded: they are dead letters). */
    public Backlog inboxBacklog() {
        return backlog("SELECT COUNT(*), MIN(received_at) FROM inbox WHERE status = ?", "PENDING");
    }

    /** Trigger messages committed but not yet published to the broker. */
    public Backlog outboxBacklog() {
        return backlog("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE published_at IS NULL");
    }

    /** Dead letters nobody has replayed yet. */
    public long openDeadLetters() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE replayed_at IS NULL AND resolved_at IS NULL", Long.class);
    }

    public Map<TierAndLifecycle, Long> contractsByTierAndLifecycle() {
        Map<TierAndLifecycle, Long> counts = new HashMap<>();
        jdbc.query("SELECT tier, lifecycle, COUNT(*) FROM contract GROUP BY tier, lifecycle",
                rs -> {
                    counts.put(new TierAndLifecycle(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    private Backlog backlog(String sql, Object... args) {
        return jdbc.queryForObject(sql, (rs, n) -> new Backlog(rs.getLong(1),
                Timestamps.instant(rs.getObject(2, OffsetDateTime.class))), args);
    }
}
