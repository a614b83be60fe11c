package io.contracthub.hub.console.reports;

import io.contracthub.hub.reports.health.HealthReport;
import io.contracthub.hub.reports.health.HealthReportService;
import io.contracthub.hub.reports.health.ReportTable;
import io.contracthub.hub.reports.reconcile.Inconsistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The health report page: each section's rows with a bar for its percentage, coloured against its threshold
 * (good / warn / bad), and the number of contracts behind each figure for drill-down.
 */
public record HealthReportPage(String from, String to, HealthReport report, List<Section> sections, List<TierBar> tiers,
                               List<Inconsistency> openInconsistencies) {

    /** Completeness and timeliness: good from 95 %, warn from 80 %; consistency: good from 99.5 %, warn from 98 %. */
    static final BigDecimal GOOD = new BigDecimal("95");
    static final BigDecimal WARN = new BigDecimal("80");
    static final BigDecimal CONSISTENCY_WARN = new BigDecimal("98");

    public record Section(String id, String title, List<String> headings, List<Row> rows) {
    }

    /** {@code percent} null: the row has no percentage (no bar); {@code behind}: contracts to drill down to. */
    public record Row(String figureKey, List<Object> cells, BigDecimal percent, String level, int behind) {

        /** The bar's width in the 200-pixel chart. */
        public int barWidth() {
            return percent == null ? 0 : percent.multiply(BigDecimal.valueOf(2)).intValue();
        }
    }

    /** One tier's share of the contracts at the period's end, as a segment of one stacked bar (x, width of 600). */
    public record TierBar(String tier, long count, int x, int width) {
    }

    static HealthReportPage of(String from, String to, HealthReport report, List<ReportTable> tables, List<Inconsistency> open) {
        List<Section> sections = new ArrayList<>();
        for (ReportTable table : tables) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < table.rows().size(); i++) {
                List<Object> cells = table.rows().get(i);
                String key = table.figureKeys().get(i);
                BigDecimal percent = percentOf(table.id(), cells);
                rows.add(new Row(key, cells, percent, level(table.id(), percent),
                        report.contractsBehind().getOrDefault(key, List.of()).size()));
            }
            sections.add(new Section(table.id(), table.title(), table.headings(), rows));
        }
        return new HealthReportPage(from, to, report, sections, tierBars(report.tiersAtEnd()), open);
    }

    private static BigDecimal percentOf(String table, List<Object> cells) {
        int column = switch (table) {
            case "timeliness-source", "timeliness-department" -> 5;
            case "completeness", "consistency" -> 3;
            default -> -1;
        };
        return column >= 0 && cells.get(column) instanceof BigDecimal percent ? percent : null;
    }

    private static String level(String table, BigDecimal percent) {
        if (percent == null) {
            return "none";
        }
        boolean consistency = "consistency".equals(table);
        BigDecimal good = consistency ? HealthReportService.CONSISTENCY_TARGET : GOOD;
        BigDecimal warn = consistency ? CONSISTENCY_WARN : WARN;
        return percent.compareTo(good) >= 0 ? "good" : percent.compareTo(warn) >= 0 ? "warn" : "bad";
    }

    private static List<TierBar> tierBars(Map<String, Long> tiers) {
        long total = tiers.values().stream().mapToLong(Long::longValue).sum();
        List<TierBar> bars = new ArrayList<>();
        int x = 0;
        for (Map.Entry<String, Long> tier : tiers.entrySet()) {
            int width = total == 0 ? 0 : (int) Math.round(600.0 * tier.getValue() / total);
            bars.add(new TierBar(tier.getKey(), tier.getValue(), x, width));
            x += width;
        }
        return bars;
    }
}
