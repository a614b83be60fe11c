package io.contracthub.hub.reports.health;

import io.contracthub.hub.api.ApiException;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The days a report covers, both inclusive, read from ?from=&to= as yyyy-MM-dd in Asia/Shanghai. Missing from: the
 * first of the current month; missing to: today. A date that is not a date, a to before from, or more than 366 days
 * is a 400 with code invalid_period.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final String INVALID_PERIOD = "invalid_period";
    static final long MAX_DAYS = 366;

    public static ReportPeriod parse(String from, String to, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), HealthReportService.ZONE);
        LocalDate start = blank(from) ? today.withDayOfMonth(1) : date("from", from);
        LocalDate end = blank(to) ? today : date("to", to);
        if (end.isBefore(start)) {
            throw invalid("to (" + end + ") is before from (" + start + ")", Map.of("from", start.toString(), "to", end.toString()));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw invalid("a report covers at most " + MAX_DAYS + " days", Map.of("from", start.toString(), "to", end.toString()));
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be a date as yyyy-MM-dd", Map.of("parameter", name));
        }
    }

    private static ApiException invalid(String message, Map<String, Object> details) {
        return new ApiException(HttpStatus.BAD_REQUEST, INVALID_PERIOD, message, details);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
