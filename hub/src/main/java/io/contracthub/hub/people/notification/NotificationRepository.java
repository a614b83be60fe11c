package io.contracthub.hub.people.notification;

import io.contracthub.hub.persistence.StatusKeptRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.RevivableWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The people_notification table: one row per (source, event), so a notice is planned and sent once. A notice that
 * used up its attempts is DEAD, with a dead letter naming it; replaying that makes it PENDING again.
 */
@Repository
public class NotificationRepository implements RevivableWork {

    /** A notice waiting to be sent. */
    public record Due(long id, String contractId, String channel, List<String> recipients, String title, String body,
                      int attempts, OffsetDateTime nextAttemptAt, ChoiceCard card) {
    }

    /** Claimed per row by WorkClaims.claimRow. */
    public static final String TABLE = "people_notification";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public NotificationRepository(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * False when this (source, event) was planned before (by this node or another). {@code reason}: why a SKIPPED
     * notice is not sent, else null.
     */
    boolean insert(Notice notice, String channel, String status, String reason, Instant now) {
        try {
            jdbc.update("""
                            INSERT INTO people_notification (source_table, source_id, source_key, event, contract_id, channel,
                              recipients, title, body, status, attempts, next_attempt_at, last_error, created_at, choice_card)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""",
                    notice.sourceTable(), notice.sourceId(), notice.sourceKey(), notice.event(), notice.contractId(),
                    channel, String.join(",", notice.to().userIds()), truncate(notice.title(), 200), notice.body(), status,
                    column(now), reason, column(now), notice.card() == null ? null : objectMapper.writeValueAsString(notice.card()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a choice card is always writable as JSON", e);
        }
    }

    boolean exists(String sourceTable, long sourceId, String sourceKey, String event) {
        return jdbc.queryForObject("""
                        SELECT COUNT(*) FROM people_notification
                         WHERE source_table = ? AND source_id = ? AND source_key = ? AND event = ?""",
                Integer.class, sourceTable, sourceId, sourceKey, event) > 0;
    }

    List<Due> due(Instant now, int max) {
        return jdbc.query("""
                        SELECT id, contract_id, channel, recipients, title, body, attempts, next_attempt_at, choice_card
                          FROM people_notification
                         WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?""",
                (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), Arrays.asList(rs.getString(4).split(",")),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class),
                        card(rs.getString(9))),
                column(now), max);
    }

    private ChoiceCard card(String json) {
        try {
            return json == null ? null : objectMapper.readValue(json, ChoiceCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored choice card is unreadable", e);
        }
    }

    void markSent(long id, String vendorRef, Instant now) {
        jdbc.update("UPDATE people_notification SET status = 'SENT', attempts = attempts + 1, vendor_ref = ?, sent_at = ?, last_error = NULL WHERE id = ?",
                truncate(vendorRef, 128), column(now), id);
    }

    void reschedule(long id, Instant nextAttemptAt, String error) {
        jdbc.update("UPDATE people_notification SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                column(nextAttemptAt), truncate(error, 2000), id);
    }

    void markFailed(long id, String error) {
        jdbc.update("UPDATE people_notification SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?",
                truncate(error, 2000), id);
    }

    /** False when another node already gave it up (or sent it). */
    boolean markDead(long id, String error) {
        return StatusKeptRows.giveUp(jdbc, "people_notification", id, "PENDING", "DEAD", error);
    }

    @Override
    public DeadLetter.Origin origin() {
        return DeadLetter.Origin.NOTIFICATION;
    }

    @Override
    public boolean revive(String reference) {
        return StatusKeptRows.revive(jdbc, clock, "people_notification", Long.parseLong(reference), "PENDING", "DEAD");
    }

    private static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
