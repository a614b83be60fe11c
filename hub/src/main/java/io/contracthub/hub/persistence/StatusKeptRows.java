package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Giving up and replaying a row of work kept by its status (columns status, attempts, last_error, next_attempt_at):
 * the inbox, notices, HIS checks and vouchers. {@code table} and the statuses are constants of the calling store,
 * never input.
 */
public final class StatusKeptRows {

    /** last_error is VARCHAR(2000) in every such table. */
    private static final int MAX_ERROR = 2000;

    private StatusKeptRows() {
    }

    /** The pending row becomes dead with its last error; false when another node gave it up (or finished it) first. */
    public static boolean giveUp(JdbcTemplate jdbc, String table, Object id, String pending, String dead, String error) {
        return jdbc.update("UPDATE " + table + " SET status = ?, attempts = attempts + 1, last_error = ? WHERE id = ? AND status = ?",
                dead, error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR), id, pending) == 1;
    }

    /** The dead row is pending again, due now, with no attempts; false when it was not dead (never, or already revived). */
    public static boolean revive(JdbcTemplate jdbc, Clock clock, String table, Object id, String pending, String dead) {
        return jdbc.update("UPDATE " + table + " SET status = ?, attempts = 0, next_attempt_at = ? WHERE id = ? AND status = ?",
                pending, Timestamps.column(clock.instant()), id, dead) == 1;
    }
}
