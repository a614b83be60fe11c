package io.contracthub.hub.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The downloadable register template: sheet "register" with the header row and an example of a two-line and a
 * one-line contract (one row per contract line, the rows of one contract next to each other), and sheet "columns"
 * explaining every column in Chinese and English.
 */
@Component
public class RegisterTemplate {

    static final String REGISTER_SHEET = "register";
    static final String COLUMNS_SHEET = "columns";
    /** Codes and account numbers are text: as numbers Excel would drop leading zeros or the last digits. */
    private static final Set<RegisterColumn> TEXT_COLUMNS = EnumSet.of(RegisterColumn.CONTRACT_NUMBER,
            RegisterColumn.CREDIT_CODE, RegisterColumn.TAX_NUMBER, RegisterColumn.BANK_ACCOUNT, RegisterColumn.REP_ID,
            RegisterColumn.PRODUCT_CODE);

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            register(workbook.createSheet(REGISTER_SHEET), bold, text);
            columns(workbook.createSheet(COLUMNS_SHEET), bold);
            workbook.write(out);
        }
    }

    private static void register(Sheet sheet, CellStyle bold, CellStyle text) {
        RegisterColumn[] columns = RegisterColumn.values();
        Row header = sheet.createRow(0);
        for (RegisterColumn column : columns) {
            header.createCell(column.ordinal()).setCellValue(column.key());
            header.getCell(column.ordinal()).setCellStyle(bold);
            sheet.setColumnWidth(column.ordinal(), 18 * 256);
            if (TEXT_COLUMNS.contains(column)) {
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
        }
        List<List<String>> examples = List.of(
                row("HT-2026-0001", "MRI-3T", "3T 磁共振", "1", "2400000.00", "0.13", true),
                row("HT-2026-0001", "SVC-INSTALL", "安装与培训", "2", "35000.50", "0.06", false),
                row("HT-2026-0002", "CT-64", "64 排 CT", "1", "1800000.00", "13%", true));
        for (int r = 0; r < examples.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.length; c++) {
                String value = examples.get(r).get(c);
                if (!value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                    if (TEXT_COLUMNS.contains(columns[c])) {
                        row.getCell(c).setCellStyle(text);
                    }
                }
            }
        }
        sheet.createFreezePane(1, 1);
    }

    /** An example row; a further line of a contract leaves the contract columns blank. */
    private static List<String> row(String number, String product, String description, String quantity, String price,
                                    String taxRate, boolean firstOfContract) {
        return java.util.Arrays.stream(RegisterColumn.values()).map(column -> switch (column) {
            case CONTRACT_NUMBER -> number;
            case PRODUCT_CODE -> product;
            case DESCRIPTION -> description;
            case QUANTITY -> quantity;
            case UNIT_PRICE -> price;
            case TAX_RATE -> taxRate;
            default -> firstOfContract && column.contractLevel() ? column.example() : "";
        }).toList();
    }

    private static void columns(Sheet sheet, CellStyle bold) {
        String[] headers = {"列名 Column", "中文名", "English", "必需列 Required column", "每份合同填一次 Per contract",
                "填写说明", "How to fill it in", "示例 Example"};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (RegisterColumn column : RegisterColumn.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.key());
            row.createCell(1).setCellValue(column.labelZh());
            row.createCell(2).setCellValue(column.labelEn());
            row.createCell(3).setCellValue(column.requiredHeader() ? "是 yes" : "否 no");
            row.createCell(4).setCellValue(column.contractLevel() ? "是 yes" : "否 no（每行明细）");
            row.createCell(5).setCellValue(column.ruleZh());
            row.createCell(6).setCellValue(column.ruleEn());
            row.createCell(7).setCellValue(column.example());
        }
        Row note = sheet.createRow(r + 1);
        note.createCell(0).setCellValue("一行一个合同明细；同一合同的多行必须相邻，合同级的列只需在第一行填写（其余行留空或填相同值）。"
                + "表头可用列名或中文名，顺序不限。也可另存为 CSV（UTF-8 或 GBK）。");
        Row noteEn = sheet.createRow(r + 2);
        noteEn.createCell(0).setCellValue("One row per contract line; the rows of one contract must be next to each other, "
                + "and the contract columns are read from its first row (further rows leave them blank or repeat them). "
                + "Headers may be the column key or the Chinese name, in any order. CSV (UTF-8 or GBK) works as well.");
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, (i >= 5 ? 50 : 22) * 256);
        }
    }
}
