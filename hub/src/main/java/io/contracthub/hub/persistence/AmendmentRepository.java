package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;

/** The amendments contracts' journals proposed, one row each (the notice source for the people told about them). */
@Repository
public class AmendmentRepository {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AmendmentRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Written in the transaction of the journal entry that proposed it, under the contract's row lock (amendment ids
     * belong to one contract), so looking first is enough; an amendment proposed again is not written again.
     */
    public void insertIfNew(String contractId, String amendmentId, long contractVersion, String differencesJson) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM contract_amendment WHERE amendment_id = ?",
                Integer.class, amendmentId);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update("INSERT INTO contract_amendment (contract_id, amendment_id, contract_version, differences, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                contractId, amendmentId, contractVersion, differencesJson, Timestamps.column(clock.instant()));
    }
}
