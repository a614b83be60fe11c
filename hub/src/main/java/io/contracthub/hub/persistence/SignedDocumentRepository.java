package io.contracthub.hub.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

@Repository
public class SignedDocumentRepository {

    private static final RowMapper<SignedDocumentRecord> ROW = (rs, n) -> new SignedDocumentRecord(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
            Timestamps.instant(rs.getObject(6, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    public SignedDocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this sign flow's signed copy was recorded before (nothing changes) */
    public boolean insert(SignedDocumentRecord document) {
        // looked up first: on PostgreSQL a failed insert would spoil the caller's transaction
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM signed_document WHERE sign_flow_id = ?", Integer.class,
                document.signFlowId());
        if (known != null && known > 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO signed_document (sign_flow_id, contract_id, sha256, size_bytes, file_name, stored_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", document.signFlowId(), document.contractId(), document.sha256(),
                    document.sizeBytes(), document.fileName(), Timestamps.column(document.storedAt()));
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    /** The contract's newest signed copy. */
    public Optional<SignedDocumentRecord> latestFor(String contractId) {
        return jdbc.query("SELECT sign_flow_id, contract_id, sha256, size_bytes, file_name, stored_at FROM signed_document"
                + " WHERE contract_id = ? ORDER BY stored_at DESC, sign_flow_id LIMIT 1", ROW, contractId).stream().findFirst();
    }
}
