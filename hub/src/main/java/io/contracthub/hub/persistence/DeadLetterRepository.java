package io.contracthub.hub.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
public class DeadLetterRepository {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRepository.class);

    private static final String COLUMNS =
            "id, origin, destination, reference, contract_id, reason, payload, created_at, replay_count, replayed_at, resolved_at, "
            + "resolved_by";
    private static final RowMapper<DeadLetter> ROW = (rs, n) -> new DeadLetter(rs.getLong(1),
            DeadLetter.Origin.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), Timestamps.instant(rs.getObject(8, OffsetDateTime.class)), rs.getInt(9),
            Timestamps.instant(rs.getObject(10, OffsetDateTime.class)), Timestamps.instant(rs.getObject(11, OffsetDateTime.class)),
            rs.getString(12));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeadLetterRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(DeadLetter.Origin origin, String destination, String reference, String contractId, String reason,
                       String payload) {
        jdbc.update("""
                        INSERT INTO dead_letter (origin, destination, reference, contract_id, reason, payload, created_at, replay_count)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0)""",
                origin.name(), destination, reference, contractId, reason, payload, Timestamps.column(clock.instant()));
        // the reason stays out of the log: a vendor's words may quote the customer (GET /api/dead-letters has it)
        log.info("Dead letter from {} {} ({}) for {}", origin, destination, reference, contractNamed(contractId));
    }

    /** "contract HT-2026-0001 (ch-…)"; an inbox message may name its contract by number or by a source's own key. */
    private String contractNamed(String idOrKey) {
        if (idOrKey == null) {
            return "no contract";
        }
        return jdbc.query("SELECT id, contract_number FROM contract WHERE id = ? OR contract_number = ?",
                        (rs, n) -> "contract " + rs.getString(2) + " (" + rs.getString(1) + ")", idOrKey, idOrKey)
                .stream().findFirst().orElse("contract key " + idOrKey);
    }

    public List<DeadLetter> page(int page, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter ORDER BY id DESC LIMIT ? OFFSET ?", ROW, size, page * size);
    }

    /** Open (not yet resolved) or resolved dead letters, newest first. */
    public List<DeadLetter> page(boolean resolved, int page, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE resolved_at IS " + (resolved ? "NOT NULL" : "NULL")
                + " ORDER BY id DESC LIMIT ? OFFSET ?", ROW, size, (long) page * size);
    }

    public long count(boolean resolved) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE resolved_at IS " + (resolved ? "NOT NULL" : "NULL"),
                Long.class);
    }

    /** Marks it resolved once; answers false when it already was. */
    public boolean markResolved(long id, String resolvedBy) {
        return jdbc.update("UPDATE dead_letter SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL",
                Timestamps.column(clock.instant()), resolvedBy, id) == 1;
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter", Long.class);
    }

    /** A contract's dead letters, oldest first. */
    public List<DeadLetter> forContract(String contractId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE contract_id = ? ORDER BY id", ROW, contractId);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", ROW, id).stream().findFirst();
    }

    public void markReplayed(long id) {
        jdbc.update("UPDATE dead_letter SET replay_count = replay_count + 1, replayed_at = ? WHERE id = ?",
                Timestamps.column(clock.instant()), id);
    }
}
