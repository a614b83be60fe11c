package io.contracthub.hub.payment;

import io.contracthub.hub.payment.statement.BadStatementException;
import io.contracthub.hub.payment.statement.BankStatementReader;
import io.contracthub.hub.payment.statement.StatementLine;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statement files read by the bank's configured column names, CSV and XLSX alike. */
class BankStatementReaderTest {

    private static final PaymentProperties.Bank ICBC = new PaymentProperties.Bank("UTF-8", "交易日期", "yyyy-MM-dd",
            "贷方发生额", "对方户名", "摘要", "交易流水号");

    private final BankStatementReader reader = new BankStatementReader(ICBC);

    @Test
    void readsTheCreditLinesOfACsvExport() {
        List<StatementLine> lines = reader.read(csv("""
                交易流水号,交易日期,对方户名,借方发生额,贷方发生额,摘要
                S001,2026-03-02,华东医疗器械有限公司,,"1,000.50",货款 HT-1
                S002,2026-03-02,电费,200.00,,
                """));
        assertThat(lines).containsExactly(new StatementLine(1, LocalDate.of(2026, 3, 2), new java.math.BigDecimal("1000.50"),
                "华东医疗器械有限公司", "货款 HT-1", "S001"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxExport() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("流水");
            String[] header = {"交易日期", "对方户名", "贷方发生额", "摘要", "交易流水号"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row line = sheet.createRow(1);
            line.createCell(0).setCellValue("2026-03-03");
            line.createCell(1).setCellValue("华东医疗器械有限公司");
            line.createCell(2).setCellValue(813600.3);
            line.createCell(3).setCellValue("INV-9");
            line.createCell(4).setCellValue("X9");
            workbook.write(out);
            List<StatementLine> lines = reader.read(out.toByteArray());
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).amount()).isEqualByComparingTo("813600.30");
            assertThat(lines.get(0).reference()).isEqualTo("INV-9");
        }
    }

    @Test
    void refusesAFileWithoutTheConfiguredColumns() {
        assertThatThrownBy(() -> reader.read(csv("date,payer,amount\n2026-03-02,A,1.00\n")))
                .isInstanceOf(BadStatementException.class)
                .satisfies(e -> assertThat(((BadStatementException) e).code()).isEqualTo("missing_column"));
    }

    @Test
    void refusesAnAmountFinerThanAFenNamingTheRow() {
        assertThatThrownBy(() -> reader.read(csv("交易日期,对方户名,贷方发生额\n2026-03-02,A,1.001\n")))
                .isInstanceOf(BadStatementException.class)
                .hasMessageContaining("Row 1");
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorXlsx() {
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> reader.read(brokenZip)).isInstanceOf(BadStatementException.class)
                .satisfies(e -> assertThat(((BadStatementException) e).code()).isEqualTo("unreadable_file"));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
