package io.contracthub.hub.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class ContractRepository {

    private static final String COLUMNS = "id, contract_number, version, lifecycle, tier, view_json, updated_at";
    private static final RowMapper<ContractRecord> ROW = (rs, n) -> new ContractRecord(rs.getString(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            Timestamps.instant(rs.getObject(7, OffsetDateTime.class)));

    private static final String LIST_COLUMNS =
            "id, contract_number, lifecycle, tier, customer_name, region, sales_rep, gross_amount, lifecycle_since";
    private static final RowMapper<ContractListRow> LIST_ROW = (rs, n) -> new ContractListRow(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getBigDecimal(8), Timestamps.instant(rs.getObject(9, OffsetDateTime.class)));

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
                        INSERT INTO contract (id, contract_number, version, lifecycle, tier, view_json, created_at, updated_at,
                                              lifecycle_since)
                        VALUES (?, ?, 0, 'DRAFT', 'RED', ?, ?, ?, ?)""",
                id, contractNumber, emptyViewJson, now, now, now);
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

    public void update(String id, long version, String lifecycle, String tier, String viewJson, ContractListing listing) {
        OffsetDateTime now = Timestamps.column(clock.instant());
        // the right-hand sides see the row as it was: lifecycle_since moves only when the lifecycle changes
        jdbc.update("""
                        UPDATE contract SET version = ?, lifecycle = ?, tier = ?, view_json = ?, updated_at = ?,
                               lifecycle_since = CASE WHEN lifecycle = ? AND lifecycle_since IS NOT NULL THEN lifecycle_since ELSE ? END,
                               customer_name = ?, region = ?, sales_rep = ?, gross_amount = ?
                         WHERE id = ?""",
                version, lifecycle, tier, viewJson, now, lifecycle, now, listing.customerName(), listing.region(),
                listing.salesRep(), listing.grossAmount(), id);
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

    /** The console's list: newest change first. */
    public List<ContractListRow> list(ContractListFilter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + LIST_COLUMNS + " FROM contract WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        listFilter(sql, args, filter);
        sql.append(" ORDER BY updated_at DESC, id LIMIT ? OFFSET ?");
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql.toString(), LIST_ROW, args.toArray());
    }

    public long count(ContractListFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM contract WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        listFilter(sql, args, filter);
        return jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
    }

    /** How many contracts each confidence tier has, over all contracts. */
    public Map<String, Long> countByTier() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT tier, COUNT(*) FROM contract GROUP BY tier", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    public List<String> regions() {
        return jdbc.queryForList("SELECT DISTINCT region FROM contract WHERE region IS NOT NULL ORDER BY region", String.class);
    }

    public List<String> salesReps() {
        return jdbc.queryForList("SELECT DISTINCT sales_rep FROM contract WHERE sales_rep IS NOT NULL ORDER BY sales_rep",
                String.class);
    }

    public Optional<ContractListRow> listRow(String id) {
        return jdbc.query("SELECT " + LIST_COLUMNS + " FROM contract WHERE id = ?", LIST_ROW, id).stream().findFirst();
    }

    private static void listFilter(StringBuilder sql, List<Object> args, ContractListFilter filter) {
        filter(sql, args, "tier", filter.tier());
        filter(sql, args, "lifecycle", filter.lifecycle());
        filter(sql, args, "region", filter.region());
        filter(sql, args, "sales_rep", filter.salesRep());
        if (filter.enteredStateBefore() != null) {
            sql.append(" AND lifecycle_since < ?");
            args.add(Timestamps.column(filter.enteredStateBefore()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String pattern = "%" + likeEscaped(filter.search().strip().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(contract_number) LIKE ? ESCAPE '\\' OR LOWER(customer_name) LIKE ? ESCAPE '\\')");
            args.add(pattern);
            args.add(pattern);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // column names are constants of this class; values are always bound parameters
    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
