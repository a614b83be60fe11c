package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.contracthub.hub.Registers.line;
import static io.contracthub.hub.Registers.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RegisterImportTest extends HubIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int LINES = 100;

    @Test
    void aRegisterOf50000RowsIsImportedCompletely() throws IOException {
        String prefix = "BIG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        // 500 contracts of 100 lines each: every row streamed and validated, without filling the suite's shared
        // database with tens of thousands of contracts; not signed yet, so no trigger fires for them
        Path file = Files.createTempFile("register-50000", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Registers.write(50_000, i -> line(prefix + (i / LINES), i % LINES == 0, "P-" + (i % LINES), "2", "100.50", "0.13", "否"), out);
        }

        JsonNode accepted = json(upload(Files.readAllBytes(file), "register-50000.xlsx"));
        Files.delete(file);
        JsonNode done = awaitFinished(accepted.path("id").asText(), Duration.ofMinutes(15));

        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("totalRows").asInt()).isEqualTo(50_000);
        assertThat(done.path("rowsDone").asInt()).isEqualTo(50_000);
        assertThat(done.path("rowsRefused").asInt()).isZero();
        assertThat(done.path("contractsRecorded").asInt()).isEqualTo(50_000 / LINES);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract WHERE contract_number LIKE ?", Integer.class,
                prefix + "%")).isEqualTo(50_000 / LINES);
        JsonNode last = json(apiGet("/api/contracts/" + awaitContractId(prefix + (50_000 / LINES - 1))));
        assertThat(last.path("terms").path("lines")).hasSize(LINES);
        assertThat(last.path("lifecycle").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aSignedContractOfSeveralLinesBecomesCommercialEvidenceFromTheImport() {
        String number = uniqueNumber();
        List<List<String>> rows = List.of(line(number, true, "MRI-3T", "1", "2400000.00", "0.13", "是"),
                line(number, false, "SVC-INSTALL", "2", "35000.50", "6%", "是"));

        JsonNode done = awaitFinished(json(upload(Registers.xlsx(rows), "register.xlsx")).path("id").asText(),
                Duration.ofSeconds(60));

        assertThat(done.path("contractsRecorded").asInt()).isEqualTo(1);
        String id = awaitContractId(number);
        JsonNode contract = json(apiGet("/api/contracts/" + id));
        assertThat(contract.path("lifecycle").asText()).isEqualTo("CLAIMED_BY_SALES");
        assertThat(contract.path("tier").asText()).isEqualTo("RED");
        assertThat(contract.path("terms").path("lines").get(1).path("taxRate").decimalValue()).isEqualByComparingTo("0.06");
        assertThat(contract.path("terms").path("totals").path("gross").decimalValue()).isEqualByComparingTo("2786201.06");
        JsonNode timeline = json(apiGet("/api/contracts/" + id + "/timeline"));
        assertThat(timeline.get(0).path("sourceSystem").asText()).isEqualTo("import");
        assertThat(timeline.get(0).path("facet").asText()).isEqualTo("COMMERCIAL");
        assertThat(timeline.get(0).path("outcome").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void badRowsAreRefusedWithTheirReasonsInTheErrorReportAndTheOtherRowsAreImported() throws IOException {
        String good = uniqueNumber();
        String goodAfter = uniqueNumber();
        String badCode = uniqueNumber();
        String badLine = uniqueNumber();
        String badDown = uniqueNumber();
        String badDate = uniqueNumber();
        String repeated = uniqueNumber();
        String region = uniqueNumber();
        List<List<String>> rows = new ArrayList<>();
        rows.add(line(good, true, "A", "1", "100", "0.13", "是"));                                         // row 2
        rows.add(set(line(badCode, true, "A", "1", "100", "0.13", "是"), "credit_code", "91310000MA1FL8XQ38")); // 3
        rows.add(line(badLine, true, "A", "1", "100", "0.13", "是"));                                      // 4
        rows.add(line(badLine, false, "B", "two", "100", "13", "是"));                                     // 5
        rows.add(set(line(badDown, true, "A", "1", "100", "0.13", "是"), "down_payment_amount", "10.005")); // 6
        rows.add(set(line(badDate, true, "A", "1", "100", "0.13", "是"), "contract_date", "20.11.2026"));   // 7
        rows.add(line(repeated, true, "A", "1", "100", "0.13", "是"));                                     // 8
        rows.add(set(line(region, true, "A", "1", "100", "0.13", "maybe"), "region", "Atlantis"));          // 9
        rows.add(line(repeated, true, "A", "1", "100", "0.13", "是"));                                     // 10
        rows.add(line(goodAfter, true, "A", "1", "100", "0.13", "否"));                                    // 11

        String id = json(upload(Registers.csv(rows).getBytes(StandardCharsets.UTF_8), "register.csv")).path("id").asText();
        JsonNode done = awaitFinished(id, Duration.ofSeconds(60));

        assertThat(done.path("contractsRecorded").asInt()).isEqualTo(3);
        assertThat(done.path("contractsRefused").asInt()).isEqualTo(6);
        assertThat(done.path("rowsRefused").asInt()).isEqualTo(7);
        awaitContractId(good);
        awaitContractId(goodAfter);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract WHERE contract_number IN (?, ?, ?, ?, ?)",
                Integer.class, badCode, badLine, badDown, badDate, region)).isZero();

        List<List<String>> report = errorReport(id);
        assertThat(report.get(0)).containsExactly("行号 Row", "合同编号 Contract number", "列 Column", "原因 Reason", "Reason");
        assertThat(report).contains(
                List.of("3", badCode, "统一社会信用代码 credit_code", "统一社会信用代码无效（位数或校验位不符合 GB 32100-2015）",
                        "Credit code is not a valid unified social credit code (GB 32100-2015)"),
                List.of("4", badLine, "", "本合同的其他行有错误，整份合同未导入", "Not imported: another row of this contract is refused"),
                List.of("5", badLine, "数量 quantity", "数量“two”不是数字", "Quantity \"two\" is not a number"),
                List.of("5", badLine, "税率 tax_rate", "税率须在 0 到 1 之间（如 0.13 或 13%）",
                        "Tax rate must be at least 0 and less than 1, with at most 4 decimals"),
                List.of("6", badDown, "首付比例 down_payment_percent", "首付比例和首付金额须填写且只填写其中一个（无首付请填比例 0）",
                        "Down payment percent needs exactly one of downPaymentPercent or downPaymentAmount"),
                List.of("6", badDown, "首付金额 down_payment_amount", "首付金额须大于等于 0 且精确到分",
                        "Down payment amount must be at least 0 and at most 10000000000000, with at most 2 decimals"),
                List.of("7", badDate, "合同日期 contract_date", "合同日期“20.11.2026”不是日期，请写成 2026-11-20",
                        "Contract date \"20.11.2026\" is not a date; write it as 2026-11-20"),
                List.of("9", region, "是否已签约 signed", "是否已签约“maybe”请填写“是”或“否”", "Signed \"maybe\" must be yes or no"),
                List.of("10", repeated, "合同编号 contract_number", "合同 " + repeated + " 的各行必须相邻；它已在第 8 行出现",
                        "The rows of contract " + repeated + " must be next to each other; it appeared at row 8 already"));
        assertThat(report.stream().filter(line -> line.get(0).equals("9")).map(line -> line.get(2)))
                .contains("区域 region");
        assertThat(report.stream().map(line -> line.get(0))).doesNotContain("2", "8", "11");
    }

    @Test
    void theSameRegisterImportedTwiceChangesNothingEvenAsCsv() {
        String first = uniqueNumber();
        String second = uniqueNumber();
        List<List<String>> rows = List.of(line(first, true, "A", "1", "100", "0.13", "是"),
                line(first, false, "B", "3", "0.335", "0.13", "是"), line(second, true, "A", "1", "100", "0.13", "否"));
        awaitFinished(json(upload(Registers.xlsx(rows), "register.xlsx")).path("id").asText(), Duration.ofSeconds(60));
        int journalled = journalEntries(first, second);

        JsonNode again = awaitFinished(json(upload(Registers.xlsx(rows), "register.xlsx")).path("id").asText(),
                Duration.ofSeconds(60));
        JsonNode asCsv = awaitFinished(json(upload(Registers.csv(rows).getBytes(StandardCharsets.UTF_8), "register.csv"))
                .path("id").asText(), Duration.ofSeconds(60));

        assertThat(journalled).isEqualTo(2);
        assertThat(again.path("contractsRecorded").asInt()).isZero();
        assertThat(again.path("contractsUnchanged").asInt()).isEqualTo(2);
        assertThat(asCsv.path("contractsUnchanged").asInt()).isEqualTo(2);
        assertThat(journalEntries(first, second)).isEqualTo(journalled);
    }

    @Test
    void aGbkCsvAsExcelSavesItOnAChineseWindowsIsRead() {
        String number = uniqueNumber();
        byte[] gbk = Registers.csv(List.of(line(number, true, "A", "1", "100", "0.13", "是"))).getBytes(Charset.forName("GBK"));

        JsonNode done = awaitFinished(json(upload(gbk, "register.csv")).path("id").asText(), Duration.ofSeconds(60));

        assertThat(done.path("contractsRecorded").asInt()).isEqualTo(1);
        assertThat(json(apiGet("/api/contracts/" + awaitContractId(number))).path("terms").path("customer").path("name")
                .asText()).isEqualTo("华东医疗器械有限公司");
    }

    @Test
    void theProgressFiguresMoveWhileTheImportRuns() {
        String prefix = "PRG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            rows.add(line(prefix + i, true, "A", "1", "100", "0.13", "否"));
        }
        String id = json(upload(Registers.xlsx(rows), "register.xlsx")).path("id").asText();

        Set<Integer> rowsSeen = new TreeSet<>();
        List<JsonNode> running = new ArrayList<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode progress = json(apiGet("/api/imports/" + id));
            if ("RUNNING".equals(progress.path("status").asText()) && progress.path("rowsDone").asInt() > 0) {
                rowsSeen.add(progress.path("rowsDone").asInt());
                running.add(progress);
            }
            return "DONE".equals(progress.path("status").asText());
        });

        assertThat(rowsSeen).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rowsSeen).allMatch(rowsDone -> rowsDone < 6000);
        JsonNode sample = running.get(0);
        assertThat(sample.path("totalRows").asInt()).isEqualTo(6000);
        assertThat(sample.path("rowsPerSecond").asDouble()).isPositive();
        assertThat(sample.path("secondsLeft").isNumber()).isTrue();
        assertThat(sample.path("percentDone").asInt()).isBetween(0, 99);
    }

    @Test
    void theErrorReportOfARegisterWithoutErrorsHasOnlyItsHeader() {
        String id = json(upload(Registers.xlsx(List.of(line(uniqueNumber(), true, "A", "1", "100", "0.13", "是"))),
                "register.xlsx")).path("id").asText();
        awaitFinished(id, Duration.ofSeconds(60));

        assertThat(errorReport(id)).hasSize(1);
    }

    @Test
    void theTemplateNamesEveryColumnAndExplainsIt() throws IOException {
        HttpResponse<byte[]> response = http(HttpRequest.newBuilder(uri("/api/imports/template")).header("X-Api-Key", API_KEY)
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(cells(workbook.getSheet("register").getRow(0))).containsAll(Registers.HEADER);
            assertThat(cells(workbook.getSheet("register").getRow(2))).startsWith("HT-2026-0001", "");
            assertThat(workbook.getSheet("columns").getLastRowNum()).isGreaterThanOrEqualTo(Registers.HEADER.size());
        }
    }

    @Test
    void aFileThatIsNoSpreadsheetGets415() {
        HttpResponse<String> response = upload(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "slip.png");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("code").asText()).isEqualTo("not_a_register");
    }

    @Test
    void aCorruptXlsxGets415() {
        byte[] zipHeaderOnly = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

        HttpResponse<String> response = upload(zipHeaderOnly, "register.xlsx");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("code").asText()).isEqualTo("not_a_register");
    }

    @Test
    void aHeaderRowOtherThanTheTemplatesGets400NamingTheMissingColumns() {
        HttpResponse<String> response = upload("number,customer,amount\r\nHT-1,A,100\r\n".getBytes(StandardCharsets.UTF_8),
                "register.csv");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("code").asText()).isEqualTo("wrong_headers");
        assertThat(error.path("details").path("missing").toString()).contains("contract_number", "credit_code", "tax_rate");
    }

    @Test
    void aRegisterWithoutDataRowsGets400() {
        HttpResponse<String> headerOnly = upload(Registers.xlsx(List.of()), "register.xlsx");
        HttpResponse<String> empty = upload(new byte[0], "register.csv");

        assertThat(headerOnly.statusCode()).isEqualTo(400);
        assertThat(json(headerOnly).path("code").asText()).isEqualTo("empty_register");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).path("code").asText()).isIn("empty_register", "missing_file");
    }

    @Test
    void aRegisterOverTheUploadLimitGets413() {
        byte[] large = new byte[17 * 1024 * 1024];

        HttpResponse<String> response = upload(large, "register.csv");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void anUnknownImportGets404AndAnUnfinishedOnesReportIsNotThereYet() {
        HttpResponse<String> unknown = apiGet("/api/imports/no-such-import");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("code").asText()).isEqualTo("import_not_found");
    }

    @Test
    void importsNeedTheApiKey() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/imports/template")).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private int journalEntries(String... numbers) {
        int total = 0;
        for (String number : numbers) {
            total += jdbc.queryForObject("SELECT COUNT(*) FROM journal j JOIN contract c ON c.id = j.contract_id "
                    + "WHERE c.contract_number = ?", Integer.class, number);
        }
        return total;
    }

    private JsonNode awaitFinished(String id, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> json(apiGet("/api/imports/" + id)),
                progress -> "DONE".equals(progress.path("status").asText()) || "FAILED".equals(progress.path("status").asText()));
    }

    private List<List<String>> errorReport(String id) {
        HttpResponse<byte[]> response = http(HttpRequest.newBuilder(uri("/api/imports/" + id + "/errors"))
                .header("X-Api-Key", API_KEY).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> lines = new ArrayList<>();
            for (Row row : sheet) {
                lines.add(cells(row));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                cells.add(String.valueOf((long) cell.getNumericCellValue()));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }

    private HttpResponse<String> upload(byte[] file, String fileName) {
        String boundary = "register-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/imports")).header("X-Api-Key", API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpResponse<byte[]> http(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
