package io.contracthub.hub.console.reports;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.ContractListRow;
import io.contracthub.hub.reports.health.HealthReport;
import io.contracthub.hub.reports.health.HealthReportPdf;
import io.contracthub.hub.reports.health.HealthReportService;
import io.contracthub.hub.reports.health.HealthReportTables;
import io.contracthub.hub.reports.health.HealthReportWorkbook;
import io.contracthub.hub.reports.ReportsController;
import io.contracthub.hub.reports.health.ReportPeriod;
import io.contracthub.hub.reports.reconcile.InconsistencyRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The health report in the console: figures with charts, drill-down to the contracts, XLSX and PDF downloads. */
@Controller
public class HealthReportPageController {

    static final int OPEN_SHOWN = 50;

    private final HealthReportService reports;
    private final HealthReportTables tables;
    private final HealthReportWorkbook workbook;
    private final HealthReportPdf pdf;
    private final InconsistencyRepository inconsistencies;
    private final ContractRepository contracts;
    private final Clock clock;

    public HealthReportPageController(HealthReportService reports, HealthReportTables tables, HealthReportWorkbook workbook,
                                      HealthReportPdf pdf, InconsistencyRepository inconsistencies,
                                      ContractRepository contracts, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.workbook = workbook;
        this.pdf = pdf;
        this.inconsistencies = inconsistencies;
        this.contracts = contracts;
        this.clock = clock;
    }

    @GetMapping("/reports/health")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
                Model model) {
        ReportPeriod period = period(from, to, model);
        HealthReport report = reports.report(period.from(), period.to());
        model.addAttribute("view", HealthReportPage.of(period.from().toString(), period.to().toString(), report,
                tables.tables(report, locale), inconsistencies.list(true, null, OPEN_SHOWN)));
        return "health-report";
    }

    /** The contracts behind one figure, as links to their pages. */
    @GetMapping("/reports/health/contracts")
    String drillDown(@RequestParam String figure, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        ReportPeriod period = period(from, to, model);
        List<String> ids = reports.report(period.from(), period.to()).contractsBehind().getOrDefault(figure, List.of());
        List<ContractListRow> rows = ids.stream().map(contracts::listRow).flatMap(Optional::stream).toList();
        model.addAttribute("figure", figure);
        model.addAttribute("from", period.from().toString());
        model.addAttribute("to", period.to().toString());
        model.addAttribute("rows", rows);
        return "health-report-contracts";
    }

    @GetMapping("/reports/health/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                Locale locale) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        return ReportsController.download(workbook.write(reports.report(period.from(), period.to()), locale), period, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/reports/health/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               Locale locale) {
        ReportPeriod period = ReportPeriod.parse(from, to, clock);
        return ReportsController.download(pdf.write(reports.report(period.from(), period.to()), locale), period, "pdf", MediaType.APPLICATION_PDF);
    }

    /** A bad date shows the current month with a notice instead of an error page. */
    private ReportPeriod period(String from, String to, Model model) {
        try {
            return ReportPeriod.parse(from, to, clock);
        } catch (ApiException e) {
            model.addAttribute("periodError", e.getMessage());
            return ReportPeriod.parse(null, null, clock);
        }
    }
}
