package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** Read-only: what happened around one contract besides its journal (notices, dead letters), for the console. */
@Repository
public class ContractHistoryRepository {

    private final JdbcTemplate jdbc;

    public ContractHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<SentNotification> notifications(String contractId) {
        return jdbc.query("""
                        SELECT event, channel, recipients, title, status, created_at, sent_at, last_error
                          FROM people_notification WHERE contract_id = ? ORDER BY id""",
                (rs, n) -> new SentNotification(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Timestamps.instant(rs.getObject(6, OffsetDateTime.class)),
                        Timestamps.instant(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)),
                contractId);
    }
}
