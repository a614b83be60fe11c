package io.contracthub.hub.reports;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.reports.health.HealthReport;
import io.contracthub.hub.reports.health.HealthReportPdf;
import io.contracthub.hub.reports.health.HealthReportService;
import io.contracthub.hub.reports.health.HealthReportWorkbook;
import io.contracthub.hub.reports.health.ReportPeriod;
import io.contracthub.hub.reports.reconcile.Inconsistency;
import io.contracthub.hub.reports.reconcile.InconsistencyRepository;
import io.contracthub.hub.reports.reconcile.ReconciliationRun;
import io.contracthub.hub.reports.reconcile.ReconciliationService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /api/reports: the health report (JSON, XLSX, PDF, drill-down), the stored inconsistencies, an on-demand reconciliation. */
@RestController
@RequestMapping("/api/reports")
public class ReportsController {

    static final int MAX_LIMIT = 500;

    private final HealthReportService reports;
    private final HealthReportWorkbook workbook;
    private final HealthReportPdf pdf;
    private final InconsistencyRepository inconsistencies;
    private final ReconciliationService reconciliation;
    private final Clock clock;

    public ReportsController(HealthReportService reports, HealthReportWorkbook workbook, HealthReportPdf pdf,
                             InconsistencyRepository inconsistencies, ReconciliationService reconciliation, Clock clock) {
        this.reports = reports;
        this.workbook = workbook;
        this.pdf = pdf;
        this.inconsistencies = inconsistencies;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @GetMapping("/health")
    public HealthReport health(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        return reports.report(period.from(), period.to());
    }

    /** The contracts behind one figure of the report (its key, as in the report: completeness.finance, tier.RED, ...). */
    @GetMapping("/health/contracts")
    public Map<String, Object> contractsBehind(@RequestParam String figure, @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        List<String> contracts = reports.report(period.from(), period.to()).contractsBehind().get(figure);
        if (contracts == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown_figure", "No figure '" + figure + "' in the health report",
                    Map.of("figure", figure));
        }
        return Map.of("figure", figure, "from", period.from().toString(), "to", period.to().toString(), "contractIds", contracts);
    }

    @GetMapping("/health/report.xlsx")
    public ResponseEntity<byte[]> healthXlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                             Locale locale) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        return download(workbook.write(reports.report(period.from(), period.to()), locale), period, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/health/report.pdf")
    public ResponseEntity<byte[]> healthPdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                            Locale locale) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        return download(pdf.write(reports.report(period.from(), period.to()), locale), period, "pdf", MediaType.APPLICATION_PDF);
    }

    /** Mismatches, newest first: status open (default) or all. */
    @GetMapping("/inconsistencies")
    public Map<String, Object> inconsistencies(@RequestParam(defaultValue = "open") String status,
                                               @RequestParam(required = false) String contractId,
                                               @RequestParam(defaultValue = "100") int limit) {
        if (!status.equals("open") && !status.equals("all")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_status", "status must be open or all", Map.of("status", status));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_limit", "limit must be between 1 and " + MAX_LIMIT,
                    Map.of("limit", limit));
        }
        List<Inconsistency> items = inconsistencies.list(status.equals("open"), contractId, limit);
        return Map.of("status", status, "items", items);
    }

    /** Runs a reconciliation now (as the schedule would) and answers what it did. */
    @PostMapping("/reconciliation/runs")
    public ReconciliationRun reconcileNow() {
        return reconciliation.runOnce();
    }

    /** The file as a download named health-report-<from>-<to>.<extension>. */
    public static ResponseEntity<byte[]> download(byte[] body, ReportPeriod period, String extension, MediaType type) {
        String name = "health-report-" + period.from() + "-" + period.to() + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(body);
    }
}
