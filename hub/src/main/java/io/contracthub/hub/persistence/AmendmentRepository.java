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

    /** Written in the transaction of the journal entry that proposed it; an amendment proposed again is not. */
    public void insertIfNew(String contractId, String amendmentId, long contractVersion, String differencesJson) {
        jdbc.update("""
                        INSERT INTO contract_amendment (contract_id, amendment_id, contract_version, differences, created_at)
                        SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contract_amendment WHERE amendment_id = ?)""",
                contractId, amendmentId, contractVersion, differencesJson, Timestamps.column(clock.instant()), amendmentId);
    }
}
