package io.contracthub.hub.imports;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The XLSX error report of an import: one line per reason a row was refused, in row order, in Chinese and English.
 * Written with SXSSFWorkbook (only a window of rows in memory) straight from the database, so a register whose every
 * row was refused still makes a report without holding it in memory.
 */
@Component
public class RegisterErrorReport {

    static final String SHEET = "refused rows";
    static final String[] HEADERS = {"行号 Row", "合同编号 Contract number", "列 Column", "原因 Reason", "Reason"};
    private static final int WINDOW = 200;

    private final RegisterImportRepository imports;

    public RegisterErrorReport(RegisterImportRepository imports) {
        this.imports = imports;
    }

    public void write(String importId, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            XSSFCellStyle bold = (XSSFCellStyle) workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            sheet.setColumnWidth(4, 80 * 256);
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            imports.eachRefusal(importId, reason -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(reason.rowNumber());
                row.createCell(1).setCellValue(reason.contractNumber() == null ? "" : reason.contractNumber());
                row.createCell(2).setCellValue(reason.column() == null ? ""
                        : reason.column().labelZh() + " " + reason.column().key());
                row.createCell(3).setCellValue(reason.zh());
                row.createCell(4).setCellValue(reason.en());
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
