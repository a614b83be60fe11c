package io.contracthub.hub.reports.health;

import io.contracthub.hub.people.notification.HealthReportAnnouncer;
import io.contracthub.hub.reports.ReportsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Sends the previous month's headline figures and a link to the report page to the manager, once per month: the
 * health_report_dispatch row for the month is claimed first, so a second node or a restart that runs the schedule
 * again finds it taken and sends nothing. The message itself is a notice like any other (people_notification, unique per
 * month), sent and retried by the notification sender.
 */
@Component
public class MonthlyHealthReport {

    private static final Logger log = LoggerFactory.getLogger(MonthlyHealthReport.class);

    private final HealthReportService reports;
    private final HealthReportTables tables;
    private final HealthReportAnnouncer announcer;
    private final JdbcTemplate jdbc;
    private final ReportsProperties properties;
    private final Clock clock;

    public MonthlyHealthReport(HealthReportService reports, HealthReportTables tables, HealthReportAnnouncer announcer,
                               JdbcTemplate jdbc, ReportsProperties properties, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.announcer = announcer;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public void announcePreviousMonth() {
        announce(YearMonth.from(LocalDate.ofInstant(clock.instant(), HealthReportService.ZONE)).minusMonths(1));
    }

    /** Answers false when this month's report was already sent (by this node or another). */
    public boolean announce(YearMonth month) {
        try {
            jdbc.update("INSERT INTO health_report_dispatch (period, sent_at) VALUES (?, ?)", month.toString(),
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            log.info("The health report for {} was sent before; not again", month);
            return false;
        }
        HealthReport report = reports.report(month.atDay(1), month.atEndOfMonth());
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String link = properties.monthly().consoleUrl().replaceAll("/+$", "") + "/reports/health?from=" + month.atDay(1)
                + "&to=" + month.atEndOfMonth();
        String title = tables.text("health.message.title", locale, month.toString());
        String body = "### " + title + "\n"
                + tables.text("health.message.consistency", locale, percent(report.overallConsistency().percent()),
                report.consistencyTarget().toPlainString(), report.overallConsistency().samples()) + "\n\n"
                + tables.text("health.message.completeness", locale, percent(completeness(report, "finance")),
                percent(completeness(report, "supply-chain")), percent(completeness(report, "legal"))) + "\n\n"
                + tables.text("health.message.deadLetters", locale, report.deadLetters().opened(), report.deadLetters().resolved(),
                report.manualOverrides()) + "\n\n"
                + "[" + tables.text("health.message.link", locale) + "](" + link + ")";
        boolean sent = announcer.announce(month, title, body);
        log.info("Health report for {}: message {}", month, sent ? "planned for the manager" : "not sent (no audience or channel)");
        return true;
    }

    private static BigDecimal completeness(HealthReport report, String department) {
        return report.completeness().stream().filter(figure -> figure.department().equals(department))
                .findFirst().map(HealthReport.Completeness::percent).orElse(null);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + "%";
    }
}
