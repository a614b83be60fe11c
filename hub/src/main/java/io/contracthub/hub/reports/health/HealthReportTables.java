package io.contracthub.hub.reports.health;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's sections in the reader's language, the same for the console page, the XLSX and the PDF. */
@Component
public class HealthReportTables {

    private final MessageSource messages;

    public HealthReportTables(MessageSource messages) {
        this.messages = messages;
    }

    public List<ReportTable> tables(HealthReport report, Locale locale) {
        return List.of(timeliness("timeliness-source", "health.section.timelinessSource", report.timelinessBySource(), locale),
                timeliness("timeliness-department", "health.section.timelinessDepartment", report.timelinessByDepartment(), locale),
                completeness(report, locale), consistency(report, locale), other(report, locale));
    }

    private ReportTable timeliness(String id, String title, List<HealthReport.Timeliness> figures, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (HealthReport.Timeliness figure : figures) {
            rows.add(cells(name(figure.group(), locale), text("health.measure." + figure.measure(), locale), figure.events(),
                    duration(figure.p50Seconds(), locale), duration(figure.p95Seconds(), locale), figure.withinTwoHoursPercent()));
            keys.add(figure.key());
        }
        return new ReportTable(id, text(title, locale), headings(locale, "health.col.group", "health.col.measure",
                "health.col.events", "health.col.p50", "health.col.p95", "health.col.within2h"), rows, keys);
    }

    private ReportTable completeness(HealthReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (HealthReport.Completeness figure : report.completeness()) {
            rows.add(cells(name(figure.department(), locale), figure.contracts(), figure.complete(), figure.percent(),
                    text("health.fields." + figure.department(), locale)));
            keys.add(figure.key());
        }
        return new ReportTable("completeness", text("health.section.completeness", locale), headings(locale,
                "health.col.department", "health.col.contracts", "health.col.complete", "health.col.percent", "health.col.fields"),
                rows, keys);
    }

    private ReportTable consistency(HealthReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<HealthReport.Consistency> figures = new ArrayList<>(report.consistency());
        figures.add(report.overallConsistency());
        for (HealthReport.Consistency figure : figures) {
            String status = figure.percent() == null ? "health.status.none" : figure.healthy() ? "health.status.ok" : "health.status.bad";
            rows.add(cells(name(figure.system(), locale), figure.samples(), figure.consistent(), figure.percent(), text(status, locale)));
            keys.add(figure.key());
        }
        return new ReportTable("consistency", text("health.section.consistency", locale), headings(locale,
                "health.col.system", "health.col.samples", "health.col.consistent", "health.col.percent", "health.col.status"),
                rows, keys);
    }

    private ReportTable other(HealthReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        rows.add(cells(text("health.other.deadLettersOpened", locale), report.deadLetters().opened()));
        keys.add("dead-letters.opened");
        rows.add(cells(text("health.other.deadLettersResolved", locale), report.deadLetters().resolved()));
        keys.add("dead-letters.resolved");
        rows.add(cells(text("health.other.manualOverrides", locale), report.manualOverrides()));
        keys.add("manual-overrides");
        for (Map.Entry<String, Long> tier : report.tiersAtEnd().entrySet()) {
            rows.add(cells(text("health.other.tier." + tier.getKey(), locale), tier.getValue()));
            keys.add("tier." + tier.getKey());
        }
        return new ReportTable("other", text("health.section.other", locale),
                headings(locale, "health.col.figure", "health.col.value"), rows, keys);
    }

    /** A source system, department or "all" in words, else as it is. */
    public String name(String code, Locale locale) {
        return messages.getMessage("health.name." + code, null, code, locale);
    }

    public String duration(Long seconds, Locale locale) {
        if (seconds == null) {
            return "–";
        }
        if (seconds < 60) {
            return text("health.duration.seconds", locale, seconds);
        }
        if (seconds < 3600) {
            return text("health.duration.minutes", locale, seconds / 60);
        }
        return text("health.duration.hours", locale, seconds / 3600, (seconds % 3600) / 60);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private List<String> headings(Locale locale, String... keys) {
        List<String> headings = new ArrayList<>();
        for (String key : keys) {
            headings.add(text(key, locale));
        }
        return headings;
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "–" : value instanceof BigDecimal || value instanceof Long ? value : value.toString());
        }
        return cells;
    }
}
