package io.contracthub.hub;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Contract registers written the way people keep them: one row per contract line, in the template's columns. */
final class Registers {

    static final List<String> HEADER = List.of("contract_number", "contract_date", "customer_name", "credit_code", "region",
            "segment", "rep_id", "rep_name", "product_code", "description", "quantity", "unit_price", "tax_rate",
            "down_payment_percent", "down_payment_amount", "credit_days", "signed", "invoice_title", "tax_number",
            "bank_name", "bank_account_name", "bank_account");
    static final String CREDIT_CODE = "91310000MA1FL8XQ37";

    private Registers() {
    }

    /** A valid line; {@code contractColumns} false leaves the contract columns blank (a further line of a contract). */
    static List<String> line(String number, boolean contractColumns, String product, String quantity, String price,
                             String taxRate, String signed) {
        List<String> row = new ArrayList<>(List.of(number, "", "", "", "", "", "", "", product, "", quantity, price, taxRate,
                "", "", "", "", "", "", "", "", ""));
        if (contractColumns) {
            set(row, "contract_date", "2026-11-20");
            set(row, "customer_name", "华东医疗器械有限公司");
            set(row, "credit_code", CREDIT_CODE);
            set(row, "region", "Shanghai");
            set(row, "segment", "HOSPITAL");
            set(row, "rep_id", "u1001");
            set(row, "rep_name", "李雷");
            set(row, "down_payment_percent", "30");
            set(row, "credit_days", "60");
            set(row, "signed", signed);
            set(row, "invoice_title", "华东医疗器械有限公司");
            set(row, "tax_number", CREDIT_CODE);
            set(row, "bank_account", "6222020200112233445");
        }
        return row;
    }

    static List<String> set(List<String> row, String column, String value) {
        row.set(HEADER.indexOf(column), value);
        return row;
    }

    static String csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(cell -> cell.contains(",") ? "\"" + cell + "\"" : cell).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static byte[] xlsx(List<List<String>> rows) {
        try {
            Path file = Files.createTempFile("register", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                write(rows.size(), i -> rows.get(i), out);
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface RowSource {
        List<String> row(int index);
    }

    /** Streams {@code count} rows into an XLSX (SXSSF: a generated 50,000-row register is never a workbook in memory). */
    static void write(int count, RowSource rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("register");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < count; r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.row(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
