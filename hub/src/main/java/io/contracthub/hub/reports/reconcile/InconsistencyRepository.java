package io.contracthub.hub.reports.reconcile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The inconsistency table (open and closed mismatches) and reconciliation_check (one row per system checked). */
@Repository
public class InconsistencyRepository {

    private static final String COLUMNS = """
            i.id, i.contract_id, c.contract_number, i.system_name, i.aspect, i.hub_value, i.system_value,
            i.first_seen_at, i.last_seen_at, i.closed_at""";
    private static final RowMapper<Inconsistency> ROW = (rs, n) -> new Inconsistency(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class)),
            instant(rs.getObject(10, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    public InconsistencyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores what one system said about one contract: new findings open, seen ones are refreshed (values, last
     * seen), open ones the system no longer shows close. Answers how many opened and closed.
     */
    public Changes record(String contractId, CheckResult result, Instant seenAt) {
        Map<String, Inconsistency> open = open(contractId, result.system()).stream()
                .collect(Collectors.toMap(Inconsistency::aspect, Function.identity(), (first, second) -> first));
        int opened = 0;
        for (Finding finding : result.findings()) {
            Inconsistency known = open.get(finding.aspect());
            if (known == null) {
                jdbc.update("""
                                INSERT INTO inconsistency (contract_id, system_name, aspect, hub_value, system_value,
                                  first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        contractId, result.system(), finding.aspect(), truncate(finding.hubValue()),
                        truncate(finding.systemValue()), column(seenAt), column(seenAt));
                opened++;
            } else {
                jdbc.update("UPDATE inconsistency SET hub_value = ?, system_value = ?, last_seen_at = ? WHERE id = ?",
                        truncate(finding.hubValue()), truncate(finding.systemValue()), column(seenAt), known.id());
            }
        }
        Set<String> seen = result.findings().stream().map(Finding::aspect).collect(Collectors.toSet());
        int closed = 0;
        for (Inconsistency known : open.values()) {
            if (!seen.contains(known.aspect())) {
                closed += jdbc.update("UPDATE inconsistency SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                        column(seenAt), known.id());
            }
        }
        jdbc.update("INSERT INTO reconciliation_check (run_at, contract_id, system_name, consistent) VALUES (?, ?, ?, ?)",
                column(seenAt), contractId, result.system(), result.consistent());
        return new Changes(opened, closed);
    }

    public List<Inconsistency> open(String contractId, String system) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inconsistency i JOIN contract c ON c.id = i.contract_id"
                + " WHERE i.contract_id = ? AND i.system_name = ? AND i.closed_at IS NULL ORDER BY i.id", ROW, contractId, system);
    }

    /** Newest first; {@code openOnly} leaves out the closed ones. */
    public List<Inconsistency> list(boolean openOnly, String contractId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM inconsistency i JOIN contract c ON c.id = i.contract_id WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (openOnly) {
            sql.append(" AND i.closed_at IS NULL");
        }
        if (contractId != null) {
            sql.append(" AND i.contract_id = ?");
            args.add(contractId);
        }
        sql.append(" ORDER BY i.last_seen_at DESC, i.id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** How one run changed the stored mismatches. */
    public record Changes(int opened, int closed) {
    }

    private static String truncate(String value) {
        return value == null ? "" : value.length() <= 500 ? value : value.substring(0, 500);
    }

    private static OffsetDateTime column(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
