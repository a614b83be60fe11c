package io.contracthub.hub.reports.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.hub.api.ManualEvidenceController;
import io.contracthub.hub.erp.ErpEvidenceRecorder;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.routes.erp.ErpRoutingException;
import io.contracthub.routes.erp.ErpTargets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Works out the {@link HealthReport} from what the hub already stores: the journal (event and journal times, ERP
 * documents, manual evidence, tiers), the contracts' views (completeness), reconciliation_check (consistency) and
 * dead_letter. See docs/health-report.md for every definition.
 */
@Service
public class HealthReportService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal CONSISTENCY_TARGET = new BigDecimal("99.5");
    /** Which department owns the evidence of each facet (ERP documents are measured from EFFECTIVE instead). */
    static final Map<String, String> DEPARTMENT_OF_FACET = Map.of(
            "COMMERCIAL", "sales",
            "DOWN_PAYMENT", "finance",
            "SIGNATURE", "legal",
            "TECHNICAL_AGREEMENT", "legal",
            "QUALIFICATION", "legal");
    public static final List<String> DEPARTMENTS = List.of("sales", "finance", "supply-chain", "legal");

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ErpTargets erpTargets;
    private final Clock clock;

    public HealthReportService(JdbcTemplate jdbc, ObjectMapper objectMapper, ErpTargets erpTargets, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.erpTargets = erpTargets;
        this.clock = clock;
    }

    /** The report for the days {@code from} to {@code to}, both inclusive, in Asia/Shanghai. */
    public HealthReport report(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, List<String>> behind = new LinkedHashMap<>();

        List<Delay> journalDelays = journalDelays(start, end);
        List<Delay> erpDelays = erpDocumentDelays(start, end);
        List<HealthReport.Timeliness> bySource = new ArrayList<>();
        for (String source : new TreeMap<>(group(journalDelays, Delay::source)).keySet()) {
            bySource.add(timeliness("timeliness.source." + source, source, "journal",
                    filter(journalDelays, delay -> delay.source().equals(source)), behind));
        }
        for (String erp : new TreeMap<>(group(erpDelays, Delay::source)).keySet()) {
            bySource.add(timeliness("timeliness.source." + erp, erp, "erp-document",
                    filter(erpDelays, delay -> delay.source().equals(erp)), behind));
        }
        List<HealthReport.Timeliness> byDepartment = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            byDepartment.add(timeliness("timeliness.department." + department, department, "journal",
                    filter(journalDelays, delay -> department.equals(DEPARTMENT_OF_FACET.get(delay.facet()))), behind));
            String erpDepartment = department;
            if (department.equals("finance") || department.equals("supply-chain")) {
                byDepartment.add(timeliness("timeliness.department." + department + ".erp-document", department, "erp-document",
                        filter(erpDelays, delay -> erpDepartment.equals(delay.facet())), behind));
            }
        }

        List<HealthReport.Consistency> consistency = consistencyBySystem(start, end, behind);
        HealthReport.Consistency overall = overallConsistency(start, end, behind);
        long manualOverrides = manualOverrides(start, end, behind);
        return new HealthReport(from, to, clock.instant(), bySource, byDepartment, completeness(end, behind), consistency,
                overall, CONSISTENCY_TARGET, deadLetters(start, end, behind), manualOverrides, tiersAtEnd(end, behind), behind);
    }

    /** One measured delay: its source system (or ERP), its facet (or the department of an ERP document), its contract. */
    record Delay(String source, String facet, String contractId, long seconds) {
    }

    private List<Delay> journalDelays(OffsetDateTime start, OffsetDateTime end) {
        return jdbc.query("""
                        SELECT source_system, facet, contract_id, occurred_at, received_at FROM journal
                         WHERE received_at >= ? AND received_at < ? AND facet <> 'ERP_DOCUMENTS'""",
                (rs, n) -> new Delay(rs.getString(1), rs.getString(2), rs.getString(3),
                        seconds(rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))),
                start, end);
    }

    /** From the contract first becoming EFFECTIVE to each ERP document journalled in the period. */
    private List<Delay> erpDocumentDelays(OffsetDateTime start, OffsetDateTime end) {
        return jdbc.query("""
                        SELECT d.source_system, d.reason, d.contract_id, e.effective_at, d.received_at
                          FROM journal d
                          JOIN (SELECT contract_id, MIN(received_at) AS effective_at FROM journal
                                 WHERE lifecycle_after = 'EFFECTIVE' GROUP BY contract_id) e ON e.contract_id = d.contract_id
                         WHERE d.facet = 'ERP_DOCUMENTS' AND d.received_at >= ? AND d.received_at < ?""",
                (rs, n) -> new Delay(rs.getString(1),
                        rs.getString(2) != null && rs.getString(2).startsWith(ErpEvidenceRecorder.INVOICE_REASON_PREFIX)
                                ? "finance" : "supply-chain",
                        rs.getString(3), seconds(rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))),
                start, end);
    }

    private static HealthReport.Timeliness timeliness(String key, String group, String measure, List<Delay> delays,
                                                      Map<String, List<String>> behind) {
        List<Long> sorted = delays.stream().map(Delay::seconds).sorted().toList();
        long within = sorted.stream().filter(seconds -> seconds <= HealthReport.WITHIN_SECONDS).count();
        behind.put(key, distinct(delays.stream().filter(delay -> delay.seconds() > HealthReport.WITHIN_SECONDS)
                .map(Delay::contractId).toList()));
        return new HealthReport.Timeliness(key, group, measure, sorted.size(), Percentiles.nearestRank(sorted, 50),
                Percentiles.nearestRank(sorted, 95), Percentiles.percent(within, sorted.size()));
    }

    private List<HealthReport.Completeness> completeness(OffsetDateTime end, Map<String, List<String>> behind) {
        List<ContractView> contracts = jdbc.query("SELECT view_json FROM contract WHERE created_at < ? ORDER BY contract_number",
                (rs, n) -> view(rs.getString(1)), end);
        Map<String, List<String>> fields = Map.of(
                "sales", List.of("customer.name", "customer.creditCode", "salesRep"),
                "finance", List.of("invoice.title", "invoice.taxNumber", "bankAccount.accountNumber"),
                "supply-chain", List.of("lines[].productCode mapped in the company's ERP"),
                "legal", List.of("technicalAgreementDue"));
        List<HealthReport.Completeness> result = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            List<String> incomplete = contracts.stream().filter(contract -> !complete(department, contract))
                    .map(ContractView::id).toList();
            behind.put("completeness." + department, incomplete);
            long complete = contracts.size() - incomplete.size();
            result.add(new HealthReport.Completeness("completeness." + department, department, contracts.size(), complete,
                    Percentiles.percent(complete, contracts.size()), fields.get(department)));
        }
        return result;
    }

    private boolean complete(String department, ContractView contract) {
        ContractView.TermsView terms = contract.terms();
        if (terms == null) {
            return false;
        }
        return switch (department) {
            case "sales" -> terms.customer() != null && present(terms.customer().name()) && present(terms.customer().creditCode())
                    && terms.salesRep() != null && present(terms.salesRep().id());
            case "finance" -> terms.invoice() != null && present(terms.invoice().title()) && present(terms.invoice().taxNumber())
                    && terms.bankAccount() != null && present(terms.bankAccount().accountNumber());
            case "supply-chain" -> everyMaterialMapped(terms);
            case "legal" -> terms.technicalAgreementDue() != null;
            default -> throw new IllegalArgumentException(department);
        };
    }

    /** Every line's product has a material code in the ERP of the company the contract belongs to (config/erp.yml). */
    private boolean everyMaterialMapped(ContractView.TermsView terms) {
        if (terms.lines() == null || terms.lines().isEmpty()) {
            return false;
        }
        ObjectNode message = objectMapper.createObjectNode();
        message.set("contract", objectMapper.valueToTree(terms));
        JsonNode materials;
        try {
            materials = erpTargets.targetFor(message).company().path("materials");
        } catch (ErpRoutingException e) {
            return false;
        }
        return terms.lines().stream().allMatch(line -> line.productCode() != null
                && present(materials.path(line.productCode()).asText("")));
    }

    private List<HealthReport.Consistency> consistencyBySystem(OffsetDateTime start, OffsetDateTime end,
                                                               Map<String, List<String>> behind) {
        List<HealthReport.Consistency> result = new ArrayList<>();
        jdbc.query("""
                        SELECT system_name, COUNT(*), SUM(CASE WHEN consistent THEN 1 ELSE 0 END) FROM reconciliation_check
                         WHERE run_at >= ? AND run_at < ? GROUP BY system_name ORDER BY system_name""",
                rs -> {
                    String system = rs.getString(1);
                    result.add(consistency("consistency." + system, system, rs.getLong(2), rs.getLong(3)));
                }, start, end);
        for (HealthReport.Consistency system : result) {
            behind.put(system.key(), jdbc.queryForList("""
                            SELECT DISTINCT c.contract_id FROM reconciliation_check c
                             WHERE c.run_at >= ? AND c.run_at < ? AND c.system_name = ? AND NOT c.consistent
                             ORDER BY c.contract_id""", String.class, start, end, system.system()));
        }
        return result;
    }

    private HealthReport.Consistency overallConsistency(OffsetDateTime start, OffsetDateTime end, Map<String, List<String>> behind) {
        long[] counts = new long[2];
        jdbc.query("""
                        SELECT MIN(CASE WHEN consistent THEN 1 ELSE 0 END) FROM reconciliation_check
                         WHERE run_at >= ? AND run_at < ? GROUP BY run_at, contract_id""",
                rs -> {
                    counts[0]++;
                    counts[1] += rs.getLong(1);
                }, start, end);
        behind.put("consistency.all", jdbc.queryForList("""
                SELECT DISTINCT contract_id FROM reconciliation_check
                 WHERE run_at >= ? AND run_at < ? AND NOT consistent ORDER BY contract_id""", String.class, start, end));
        return consistency("consistency.all", "all", counts[0], counts[1]);
    }

    private static HealthReport.Consistency consistency(String key, String system, long samples, long consistent) {
        BigDecimal percent = Percentiles.percent(consistent, samples);
        return new HealthReport.Consistency(key, system, samples, consistent, percent,
                percent == null || percent.compareTo(CONSISTENCY_TARGET) >= 0);
    }

    private HealthReport.DeadLetters deadLetters(OffsetDateTime start, OffsetDateTime end, Map<String, List<String>> behind) {
        long opened = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE created_at >= ? AND created_at < ?",
                Long.class, start, end);
        long resolved = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE resolved_at >= ? AND resolved_at < ?",
                Long.class, start, end);
        behind.put("dead-letters.opened", jdbc.queryForList("""
                SELECT DISTINCT contract_id FROM dead_letter WHERE created_at >= ? AND created_at < ? AND contract_id IS NOT NULL
                 ORDER BY contract_id""", String.class, start, end));
        behind.put("dead-letters.resolved", jdbc.queryForList("""
                SELECT DISTINCT contract_id FROM dead_letter WHERE resolved_at >= ? AND resolved_at < ? AND contract_id IS NOT NULL
                 ORDER BY contract_id""", String.class, start, end));
        return new HealthReport.DeadLetters(opened, resolved);
    }

    private long manualOverrides(OffsetDateTime start, OffsetDateTime end, Map<String, List<String>> behind) {
        behind.put("manual-overrides", jdbc.queryForList("""
                        SELECT DISTINCT contract_id FROM journal WHERE source_system = ? AND received_at >= ? AND received_at < ?
                         ORDER BY contract_id""", String.class, ManualEvidenceController.SOURCE_SYSTEM, start, end));
        return jdbc.queryForObject("SELECT COUNT(*) FROM journal WHERE source_system = ? AND received_at >= ? AND received_at < ?",
                Long.class, ManualEvidenceController.SOURCE_SYSTEM, start, end);
    }

    /** Each contract's tier after its last journal entry before the period's end. */
    private Map<String, Long> tiersAtEnd(OffsetDateTime end, Map<String, List<String>> behind) {
        Map<String, Long> tiers = new LinkedHashMap<>();
        for (String tier : List.of("GREEN", "YELLOW", "RED")) {
            tiers.put(tier, 0L);
            behind.put("tier." + tier, new ArrayList<>());
        }
        jdbc.query("""
                        SELECT j.contract_id, j.tier_after FROM journal j
                         WHERE j.seq = (SELECT MAX(k.seq) FROM journal k WHERE k.contract_id = j.contract_id AND k.received_at < ?)
                         ORDER BY j.contract_id""",
                rs -> {
                    String tier = rs.getString(2);
                    tiers.merge(tier, 1L, Long::sum);
                    behind.computeIfAbsent("tier." + tier, key -> new ArrayList<>()).add(rs.getString(1));
                }, end);
        return tiers;
    }

    private ContractView view(String json) {
        try {
            return objectMapper.readValue(json, ContractView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored contract view is not readable", e);
        }
    }

    private static long seconds(OffsetDateTime from, OffsetDateTime to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }

    private static List<String> distinct(List<String> ids) {
        Set<String> unique = new LinkedHashSet<>(ids);
        return unique.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
