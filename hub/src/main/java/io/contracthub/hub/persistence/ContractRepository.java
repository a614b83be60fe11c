package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class ContractRepository {

    private static final String COLUMNS = "id, contract_number, version, lifecycle, tier, view_json, updated_at";
    private static final RowMapper<ContractRecord> ROW = (rs, n) -> new ContractRecord(rs.getString(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            Timestamps.instant(rs.getObject(7, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ContractRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String create(String contractNumber, String emptyViewJson) {
        String id = "ch-" + UUID.randomUUID();
        OffsetDateTime now = Timestamps.column(clock.instant());
        jdbc.update("""
                        INSERT INTO contract (id, contract_number, version, lifecycle, tier, view_json, created_at, updated_at)
                        VALUES (?, ?, 0, 'DRAFT', 'RED', ?, ?, ?)""",
                id, contractNumber, emptyViewJson, now, now);
        return id;
    }

    public Optional<String> findIdByNumber(String contractNumber) {
        return jdbc.queryForList("SELECT id FROM contract WHERE contract_number = ?", String.class, contractNumber)
                .stream().findFirst();
    }

    /** The contract a source system's own key (e.g. an esign signFlowId) was linked to. */
    public Optional<String> findIdByExternalKey(String sourceSystem, String externalKey) {
        return jdbc.queryForList("SELECT contract_id FROM contract_external_key WHERE source_system = ? AND external_key = ?",
                String.class, sourceSystem, externalKey).stream().findFirst();
    }

    public void linkExternalKey(String sourceSystem, String externalKey, String contractId) {
        jdbc.update("INSERT INTO contract_external_key (source_system, external_key, contract_id, created_at) VALUES (?, ?, ?, ?)",
                sourceSystem, externalKey, contractId, Timestamps.column(clock.instant()));
    }

    public Optional<ContractRecord> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM contract WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** Locks the contract row until the transaction ends: one writer per contract, on one node or many. */
    public Optional<ContractRecord> lock(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM contract WHERE id = ? FOR UPDATE", ROW, id).stream().findFirst();
    }

    public void update(String id, long version, String lifecycle, String tier, String viewJson) {
        jdbc.update("UPDATE contract SET version = ?, lifecycle = ?, tier = ?, view_json = ?, updated_at = ? WHERE id = ?",
                version, lifecycle, tier, viewJson, Timestamps.column(clock.instant()), id);
    }

    public List<ContractRecord> search(String tier, String lifecycle, String contractNumber, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM contract WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "tier", tier);
        filter(sql, args, "lifecycle", lifecycle);
        filter(sql, args, "contract_number", contractNumber);
        sql.append(" ORDER BY updated_at DESC, id LIMIT ? OFFSET ?");
        args.add(size);
        args.add(page * size);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    public long count(String tier, String lifecycle, String contractNumber) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM contract WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "tier", tier);
        filter(sql, args, "lifecycle", lifecycle);
        filter(sql, args, "contract_number", contractNumber);
        return jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
    }

    // column names are constants of this class; values are always bound parameters
    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
