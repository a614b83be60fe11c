package io.contracthub.hub.reports.health;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The data-collaboration health report for a period (dates in Asia/Shanghai, both inclusive): timeliness per source
 * system and per department, completeness per department, consistency per system, dead letters, manual overrides
 * and contracts by tier at the period's end. Percentages have one decimal; null where there was nothing to measure.
 * {@link #contractsBehind} names, per figure key, the contracts that keep a figure from being perfect (drill-down).
 */
public record HealthReport(LocalDate from, LocalDate to, Instant generatedAt, List<Timeliness> timelinessBySource,
                           List<Timeliness> timelinessByDepartment, List<Completeness> completeness,
                           List<Consistency> consistency, Consistency overallConsistency, BigDecimal consistencyTarget,
                           DeadLetters deadLetters, long manualOverrides, Map<String, Long> tiersAtEnd,
                           @JsonIgnore Map<String, List<String>> contractsBehind) {

    /** Healthy within two hours. */
    public static final long WITHIN_SECONDS = 7200;

    /**
     * @param group   a source system (crm, esign, manual, kingdee, ...) or a department (sales, finance, supply-chain, legal)
     * @param measure "journal" (source event to the hub's journal) or "erp-document" (EFFECTIVE to the ERP document)
     */
    public record Timeliness(String key, String group, String measure, long events, Long p50Seconds, Long p95Seconds,
                             BigDecimal withinTwoHoursPercent) {
    }

    public record Completeness(String key, String department, long contracts, long complete, BigDecimal percent,
                               List<String> requiredFields) {
    }

    /** {@code system} is "all" for the overall figure: a sampled contract counts as consistent when every system agreed. */
    public record Consistency(String key, String system, long samples, long consistent, BigDecimal percent, boolean healthy) {
    }

    public record DeadLetters(long opened, long resolved) {
    }

    public boolean healthy() {
        return overallConsistency.healthy();
    }
}
