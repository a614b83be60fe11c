package io.contracthub.hub.payment.statement;

import io.contracthub.hub.payment.PaymentProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a bank's statement export, CSV (commons-csv) or XLSX (first sheet, Apache POI), by the header names configured
 * for that bank. Only credit lines are kept (a positive amount); an empty or non-positive amount is a debit or a
 * balance row and skipped. A missing column, a date or amount that does not read, or more than fen precision refuses
 * the whole file, naming the row.
 */
public final class BankStatementReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final PaymentProperties.Bank bank;
    private final DateTimeFormatter dateFormat;

    public BankStatementReader(PaymentProperties.Bank bank) {
        this.bank = bank;
        this.dateFormat = DateTimeFormatter.ofPattern(bank.dateFormat() == null ? "yyyy-MM-dd" : bank.dateFormat());
    }

    public List<StatementLine> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BadStatementException("empty_file", "The statement file is empty", Map.of());
        }
        List<List<String>> rows = isXlsx(file) ? xlsxRows(file) : csvRows(file);
        if (rows.isEmpty()) {
            throw new BadStatementException("empty_file", "The statement file has no rows", Map.of());
        }
        Map<String, Integer> header = header(rows.get(0));
        int date = column(header, bank.dateColumn());
        int amount = column(header, bank.amountColumn());
        int payer = column(header, bank.payerColumn());
        Integer reference = optionalColumn(header, bank.referenceColumn());
        Integer serial = optionalColumn(header, bank.serialColumn());
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            BigDecimal credit = amount(cell(row, amount), i);
            if (credit == null || credit.signum() <= 0) {
                continue;
            }
            String payerName = cell(row, payer).strip();
            if (payerName.isEmpty()) {
                throw invalidRow(i, bank.payerColumn(), "no payer name");
            }
            lines.add(new StatementLine(i, date(cell(row, date), i), credit, payerName,
                    reference == null ? null : blankToNull(cell(row, reference)),
                    serial == null ? null : blankToNull(cell(row, serial))));
        }
        return lines;
    }

    private static boolean isXlsx(byte[] file) {
        if (file.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (file[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private List<List<String>> csvRows(byte[] file) {
        Charset charset = Charset.forName(bank.charset() == null ? "UTF-8" : bank.charset());
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.stream().map(value -> value == null ? "" : value).toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadStatementException("unreadable_file", "The statement file is not a readable CSV or XLSX file", Map.of());
        }
    }

    private List<List<String>> xlsxRows(byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BadStatementException("unreadable_file", "The statement file is not a readable CSV or XLSX file", Map.of());
        }
    }

    private String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(dateFormat);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static Map<String, Integer> header(List<String> row) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            header.putIfAbsent(row.get(i).replace("\uFEFF", "").strip(), i);
        }
        return header;
    }

    private static int column(Map<String, Integer> header, String name) {
        Integer index = optionalColumn(header, name);
        if (index == null) {
            throw new BadStatementException("missing_column", "The statement has no column \"" + name + "\"",
                    Map.of("column", name == null ? "" : name));
        }
        return index;
    }

    private static Integer optionalColumn(Map<String, Integer> header, String name) {
        return name == null || name.isBlank() ? null : header.get(name.strip());
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index) : "";
    }

    private BigDecimal amount(String text, int row) {
        String cleaned = text.replace(",", "").replace("¥", "").replace("￥", "").replace("CNY", "").strip();
        if (cleaned.isEmpty() || cleaned.equals("-")) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.stripTrailingZeros().scale() > 2) {
                throw invalidRow(row, bank.amountColumn(), "more precise than a fen: " + text.strip());
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw invalidRow(row, bank.amountColumn(), "not an amount: " + text.strip());
        }
    }

    private LocalDate date(String text, int row) {
        try {
            return LocalDate.parse(text.strip(), dateFormat);
        } catch (DateTimeParseException e) {
            throw invalidRow(row, bank.dateColumn(), "not a date as " + bank.dateFormat() + ": " + text.strip());
        }
    }

    private static BadStatementException invalidRow(int row, String column, String problem) {
        return new BadStatementException("invalid_row", "Row " + row + ", column \"" + column + "\": " + problem,
                Map.of("row", row, "column", column));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
