package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.hub.reports.health.MonthlyHealthReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health report's figures from a fixture in March 2020 (before anything else the suite stores), with answers
 * worked out by hand: three contracts, their journal, reconciliation samples and dead letters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthReportTest extends HubIntegrationTest {

    private static final String A = "ch-fixture-health-a";
    private static final String B = "ch-fixture-health-b";
    private static final String C = "ch-fixture-health-c";
    private static final String MARCH = "from=2020-03-01&to=2020-03-31";

    @Autowired
    MonthlyHealthReport monthly;

    @BeforeAll
    void fixture() {
        // A: everything every department needs; B: no tax number, an unmapped product, no technical agreement date;
        // C: no sales rep, no technical agreement date
        contract(A, "HT-FX-A", terms("\"salesRep\": {\"id\": \"u1001\", \"name\": \"Li Lei\"},", "91310000MA1FL8XQ37", "MRI-3T", "\"technicalAgreementDue\": \"2020-04-30\""));
        contract(B, "HT-FX-B", terms("\"salesRep\": {\"id\": \"u1001\", \"name\": \"Li Lei\"},", null, "UNMAPPED-X", null));
        contract(C, "HT-FX-C", terms("", "91310000MA1FL8XQ37", "SVC-INSTALL", null));
        // timeliness: crm 60 s, 10800 s, 30 s; esign 1800 s; manual 10800 s; EFFECTIVE -> sales order 1800 s, -> invoice 7200 s
        journal(A, 1, "crm", "COMMERCIAL", "2020-03-10T02:00:00Z", "2020-03-10T02:01:00Z", null, "CLAIMED_BY_SALES", "RED");
        journal(A, 2, "esign", "SIGNATURE", "2020-03-10T02:00:00Z", "2020-03-10T02:30:00Z", null, "SIGNED", "YELLOW");
        journal(A, 3, "manual", "DOWN_PAYMENT", "2020-03-10T01:00:00Z", "2020-03-10T04:00:00Z", null, "EFFECTIVE", "GREEN");
        journal(A, 4, "kingdee", "ERP_DOCUMENTS", "2020-03-10T04:30:00Z", "2020-03-10T04:30:00Z",
                "sales order HUB000000000001 created in Kingdee (audited)", "EFFECTIVE", "GREEN");
        journal(A, 5, "kingdee", "ERP_DOCUMENTS", "2020-03-10T06:00:00Z", "2020-03-10T06:00:00Z",
                "invoice HUB000000000002 created in Kingdee (audited)", "INVOICED", "GREEN");
        journal(B, 1, "crm", "COMMERCIAL", "2020-03-10T02:00:00Z", "2020-03-10T05:00:00Z", null, "CLAIMED_BY_SALES", "RED");
        journal(C, 1, "crm", "COMMERCIAL", "2020-03-10T02:00:00Z", "2020-03-10T02:00:30Z", null, "CLAIMED_BY_SALES", "RED");
        // after the period: neither timeliness nor C's tier at the period's end
        journal(C, 2, "esign", "SIGNATURE", "2020-04-02T02:00:00Z", "2020-04-02T02:00:00Z", null, "SIGNED", "YELLOW");
        // consistency: crm 4 of 5, kingdee 1 of 2; per sampled contract 3 of 5
        check("2020-03-15T00:00:00Z", A, "crm", true);
        check("2020-03-15T00:00:00Z", A, "kingdee", true);
        check("2020-03-15T00:00:00Z", B, "crm", false);
        check("2020-03-15T00:00:00Z", C, "crm", true);
        check("2020-03-16T00:00:00Z", A, "crm", true);
        check("2020-03-16T00:00:00Z", A, "kingdee", false);
        check("2020-03-16T00:00:00Z", B, "crm", true);
        // dead letters: opened in March 2 (A, B), resolved in March 2 (A, and C's from February)
        deadLetter(A, "2020-03-05T00:00:00Z", "2020-03-06T00:00:00Z");
        deadLetter(B, "2020-03-20T00:00:00Z", null);
        deadLetter(C, "2020-02-20T00:00:00Z", "2020-03-02T00:00:00Z");
    }

    @AfterAll
    void removeFixture() {
        for (String table : List.of("inconsistency", "reconciliation_check", "journal", "dead_letter", "contract")) {
            jdbc.update("DELETE FROM " + table + " WHERE " + (table.equals("contract") ? "id" : "contract_id") + " IN (?, ?, ?)", A, B, C);
        }
        jdbc.update("DELETE FROM health_report_dispatch WHERE period = '2020-03'");
        jdbc.update("DELETE FROM people_notification WHERE source_table = 'health_report' AND source_id = 202003");
    }

    @Test
    void timelinessPerSourceSystemHasTheMedianThe95thPercentileAndTheShareWithinTwoHours() {
        JsonNode report = report();

        assertThat(timeliness(report.path("timelinessBySource"))).containsExactly(
                "crm journal 3 60 10800 66.7",
                "esign journal 1 1800 1800 100.0",
                "manual journal 1 10800 10800 0.0",
                "kingdee erp-document 2 1800 7200 100.0");
    }

    @Test
    void timelinessPerDepartmentMeasuresTheirEvidenceAndTheirErpDocumentsFromEffective() {
        JsonNode report = report();

        assertThat(timeliness(report.path("timelinessByDepartment"))).containsExactly(
                "sales journal 3 60 10800 66.7",
                "finance journal 1 10800 10800 0.0",
                "finance erp-document 1 7200 7200 100.0",
                "supply-chain journal 0 null null null",
                "supply-chain erp-document 1 1800 1800 100.0",
                "legal journal 1 1800 1800 100.0");
    }

    @Test
    void completenessIsTheShareOfContractsCarryingEveryFieldTheDepartmentNeeds() {
        JsonNode report = report();

        List<String> figures = new ArrayList<>();
        report.path("completeness").forEach(figure -> figures.add(figure.path("department").asText() + " "
                + figure.path("contracts").asLong() + " " + figure.path("complete").asLong() + " " + figure.path("percent").asText()));
        assertThat(figures).containsExactly("sales 3 2 66.7", "finance 3 2 66.7", "supply-chain 3 2 66.7", "legal 3 1 33.3");
    }

    @Test
    void consistencyIsMeasuredPerSystemAndPerSampledContractAgainstTheTarget() {
        JsonNode report = report();

        List<String> figures = new ArrayList<>();
        report.path("consistency").forEach(figure -> figures.add(figure.path("system").asText() + " "
                + figure.path("samples").asLong() + " " + figure.path("consistent").asLong() + " "
                + figure.path("percent").asText() + " " + figure.path("healthy").asBoolean()));
        assertThat(figures).containsExactly("crm 5 4 80.0 false", "kingdee 2 1 50.0 false");
        JsonNode overall = report.path("overallConsistency");
        assertThat(overall.path("samples").asLong()).isEqualTo(5);
        assertThat(overall.path("consistent").asLong()).isEqualTo(3);
        assertThat(overall.path("percent").asText()).isEqualTo("60.0");
        assertThat(overall.path("healthy").asBoolean()).isFalse();
        assertThat(report.path("consistencyTarget").asText()).isEqualTo("99.5");
    }

    @Test
    void deadLettersManualOverridesAndTiersAtThePeriodsEndAreCounted() {
        JsonNode report = report();

        assertThat(report.path("deadLetters").path("opened").asLong()).isEqualTo(2);
        assertThat(report.path("deadLetters").path("resolved").asLong()).isEqualTo(2);
        assertThat(report.path("manualOverrides").asLong()).isEqualTo(1);
        assertThat(objectMapper.convertValue(report.path("tiersAtEnd"), Map.class))
                .isEqualTo(Map.of("GREEN", 1, "YELLOW", 0, "RED", 2));
    }

    @Test
    void eachFigureDrillsDownToTheContractsBehindIt() {
        assertThat(behind("completeness.legal")).containsExactly(B, C);
        assertThat(behind("consistency.all")).containsExactly(A, B);
        assertThat(behind("consistency.kingdee")).containsExactly(A);
        assertThat(behind("timeliness.source.crm")).containsExactly(B);
        assertThat(behind("tier.RED")).containsExactly(B, C);
        assertThat(behind("dead-letters.opened")).containsExactly(A, B);

        HttpResponse<String> unknown = apiGet("/api/reports/health/contracts?figure=nonsense&" + MARCH);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("code").asText()).isEqualTo("unknown_figure");
    }

    @Test
    void badDatesAreRefusedWithACode() {
        for (String query : List.of("from=2020-13-01", "to=yesterday", "from=2020-03-31&to=2020-03-01", "from=2019-01-01&to=2020-03-31")) {
            HttpResponse<String> response = apiGet("/api/reports/health?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).path("code").asText()).as(query).isEqualTo("invalid_period");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("io.contracthub");
        }
    }

    @Test
    void theXlsxCarriesTheFiguresAsNumbersThatReadBack() throws IOException {
        HttpResponse<byte[]> response = http(apiRequest("/api/reports/health/report.xlsx?" + MARCH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("health-report-2020-03-01-2020-03-31.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("health");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("数据协同健康报告");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("统计期间：2020-03-01 至 2020-03-31");
            Row crm = rowStartingWith(sheet, "CRM（销售系统）", "对方发生 → 记入本中心");
            assertThat(crm.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(crm.getCell(3).getStringCellValue()).isEqualTo("1 分钟");
            assertThat(crm.getCell(4).getStringCellValue()).isEqualTo("3 小时 0 分钟");
            assertThat(crm.getCell(5).getNumericCellValue()).isEqualTo(66.7);
            Row legal = rowStartingWith(sheet, "法务", "3");
            assertThat(legal.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(legal.getCell(3).getNumericCellValue()).isEqualTo(33.3);
            Row all = rowStartingWith(sheet, "全部系统", null);
            assertThat(all.getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(60.0);
            assertThat(all.getCell(4).getStringCellValue()).isEqualTo("未达标");
        }
    }

    @Test
    void thePdfIsAPdfNamedForThePeriod() {
        HttpResponse<byte[]> response = http(apiRequest("/api/reports/health/report.pdf?" + MARCH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("STSong-Light");
    }

    @Test
    void theMonthlyMessageGoesToTheManagerOnceWithTheHeadlineFiguresAndALink() {
        assertThat(monthly.announce(YearMonth.of(2020, 3))).isTrue();
        assertThat(monthly.announce(YearMonth.of(2020, 3))).as("a second node or a restart").isFalse();

        List<Map<String, Object>> notices = jdbc.queryForList(
                "SELECT recipients, title, body FROM people_notification WHERE source_table = 'health_report' AND source_id = 202003");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("RECIPIENTS") != null ? notices.get(0).get("RECIPIENTS") : notices.get(0).get("recipients"))
                .isEqualTo("manager.wu");
        String body = String.valueOf(notices.get(0).get("BODY") != null ? notices.get(0).get("BODY") : notices.get(0).get("body"));
        assertThat(body).contains("跨系统一致：60.0%（达标线 99.5%，抽查 5 次）")
                .contains("资料齐全：财务 66.7%，供应链 66.7%，法务 33.3%")
                .contains("新增处理失败的消息 2 条，已处理 2 条；人工录入 1 次")
                .contains("(http://console.test/reports/health?from=2020-03-01&to=2020-03-31)");
    }

    private JsonNode report() {
        HttpResponse<String> response = apiGet("/api/reports/health?" + MARCH);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private List<String> behind(String figure) {
        List<String> ids = new ArrayList<>();
        json(apiGet("/api/reports/health/contracts?figure=" + figure + "&" + MARCH)).path("contractIds")
                .forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static List<String> timeliness(JsonNode figures) {
        List<String> lines = new ArrayList<>();
        figures.forEach(figure -> lines.add(figure.path("group").asText() + " " + figure.path("measure").asText() + " "
                + figure.path("events").asLong() + " " + figure.path("p50Seconds").asText("null") + " "
                + figure.path("p95Seconds").asText("null") + " " + figure.path("withinTwoHoursPercent").asText("null")));
        return lines;
    }

    private static Row rowStartingWith(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())
                    && (second == null || (row.getCell(1) != null && cellText(row, 1).equals(second)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " / " + second);
    }

    private static String cellText(Row row, int column) {
        var cell = row.getCell(column);
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        };
    }

    private HttpRequest apiRequest(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY).GET().build();
    }

    private HttpResponse<byte[]> http(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String terms(String salesRep, String taxNumber, String productCode, String technicalAgreementDue) {
        return """
                {"contractNumber": "%s", "contractDate": "2020-03-01",
                 "customer": {"name": "上海示例医院", "creditCode": "91310000MA1FL8XQ37", "region": "Shanghai", "segment": "HOSPITAL"},
                 %s "currency": "CNY",
                 "lines": [{"productCode": "%s", "description": "x", "quantity": 1, "unitPriceExclTax": 100.00, "taxRate": 0.13,
                            "net": 100.00, "tax": 13.00, "gross": 113.00}],
                 "totals": {"net": 100.00, "tax": 13.00, "gross": 113.00},
                 "invoice": {"title": "上海示例医院", "taxNumber": %s},
                 "bankAccount": {"bankName": "工商银行", "accountName": "上海示例医院", "accountNumber": "1001"}%s}"""
                .formatted("%s", salesRep, productCode, taxNumber == null ? "null" : "\"" + taxNumber + "\"",
                        technicalAgreementDue == null ? "" : ", " + technicalAgreementDue);
    }

    private void contract(String id, String number, String termsTemplate) {
        String view = """
                {"id": "%s", "contractNumber": "%s", "version": 1, "lifecycle": "CLAIMED_BY_SALES", "tier": "RED",
                 "terms": %s, "facets": []}""".formatted(id, number, termsTemplate.formatted(number));
        jdbc.update("""
                        INSERT INTO contract (id, contract_number, version, lifecycle, tier, view_json, created_at, updated_at)
                        VALUES (?, ?, 1, 'CLAIMED_BY_SALES', 'RED', ?, ?, ?)""",
                id, number, view, at("2020-03-01T00:00:00Z"), at("2020-03-01T00:00:00Z"));
    }

    private void journal(String contractId, long seq, String source, String facet, String occurredAt, String receivedAt,
                         String reason, String lifecycleAfter, String tierAfter) {
        jdbc.update("""
                        INSERT INTO journal (contract_id, seq, source_system, source_event_id, facet, outcome, actor, reason,
                          attachment_ref, occurred_at, received_at, payload_hash, evidence_json, lifecycle_after, tier_after)
                        VALUES (?, ?, ?, ?, ?, 'CONFIRMED', NULL, ?, NULL, ?, ?, 'hash', '{}', ?, ?)""",
                contractId, seq, source, contractId + "-" + seq, facet, reason, at(occurredAt), at(receivedAt),
                lifecycleAfter, tierAfter);
    }

    private void check(String runAt, String contractId, String system, boolean consistent) {
        jdbc.update("INSERT INTO reconciliation_check (run_at, contract_id, system_name, consistent) VALUES (?, ?, ?, ?)",
                at(runAt), contractId, system, consistent);
    }

    private void deadLetter(String contractId, String createdAt, String resolvedAt) {
        jdbc.update("""
                        INSERT INTO dead_letter (origin, destination, reference, contract_id, reason, payload, created_at,
                          replay_count, resolved_at, resolved_by) VALUES ('TRIGGER', 'finance.invoicing-tasks', ?, ?, 'fixture', '{}', ?, 0, ?, ?)""",
                contractId + "-dl", contractId, at(createdAt), resolvedAt == null ? null : at(resolvedAt),
                resolvedAt == null ? null : "fixture");
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
