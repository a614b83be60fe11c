package io.contracthub.hub.reports.health;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The report as an XLSX workbook (Apache POI): one sheet, the period on top, then each section with its headings;
 * counts and percentages are numbers, durations text.
 */
@Component
public class HealthReportWorkbook {

    public static final String SHEET = "health";

    private final HealthReportTables tables;

    public HealthReportWorkbook(HealthReportTables tables) {
        this.tables = tables;
    }

    public byte[] write(HealthReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int next = 0;
            Row title = sheet.createRow(next++);
            text(title, 0, tables.text("health.title", locale), bold);
            text(sheet.createRow(next++), 0, tables.text("health.period", locale, report.from(), report.to()), null);
            for (ReportTable table : tables.tables(report, locale)) {
                next++;
                text(sheet.createRow(next++), 0, table.title(), bold);
                Row headings = sheet.createRow(next++);
                for (int column = 0; column < table.headings().size(); column++) {
                    text(headings, column, table.headings().get(column), bold);
                }
                for (List<Object> cells : table.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int column = 0; column < cells.size(); column++) {
                        Object value = cells.get(column);
                        if (value instanceof BigDecimal number) {
                            row.createCell(column).setCellValue(number.doubleValue());
                        } else if (value instanceof Long number) {
                            row.createCell(column).setCellValue(number);
                        } else {
                            text(row, column, String.valueOf(value), null);
                        }
                    }
                }
            }
            for (int column = 0; column < 6; column++) {
                sheet.setColumnWidth(column, column == 0 ? 26 * 256 : 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The health report workbook could not be written", e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
