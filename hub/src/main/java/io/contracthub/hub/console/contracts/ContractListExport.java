package io.contracthub.hub.console.contracts;

import io.contracthub.hub.console.Elapsed;
import io.contracthub.hub.persistence.ContractListRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The filtered contract list as an XLSX sheet, headed in the user's language. */
@Component
public class ContractListExport {

    /** An export is a working list, not a backup: beyond this, narrow the filters. */
    static final int MAX_ROWS = 50_000;

    private static final List<String> HEADERS = List.of("contracts.col.tier", "contracts.col.lifecycle",
            "contracts.col.number", "contracts.col.customer", "contracts.col.region", "contracts.col.rep",
            "contracts.col.gross", "contracts.col.inState");

    private final MessageSource messages;

    public ContractListExport(MessageSource messages) {
        this.messages = messages;
    }

    public void write(List<ContractListRow> rows, Instant now, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("contracts.title", null, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (ContractListRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(messages.getMessage("tier." + row.tier(), null, row.tier(), locale));
                line.createCell(1).setCellValue(messages.getMessage("lifecycle." + row.lifecycle(), null, row.lifecycle(), locale));
                line.createCell(2).setCellValue(row.contractNumber());
                line.createCell(3).setCellValue(nullToEmpty(row.customerName()));
                line.createCell(4).setCellValue(nullToEmpty(row.region()));
                line.createCell(5).setCellValue(nullToEmpty(row.salesRep()));
                if (row.grossAmount() != null) {
                    line.createCell(6).setCellValue(row.grossAmount().doubleValue());
                    line.getCell(6).setCellStyle(money);
                }
                Elapsed inState = Elapsed.between(row.lifecycleSince(), now);
                line.createCell(7).setCellValue(inState == null ? ""
                        : messages.getMessage(inState.key(), inState.args().toArray(), locale));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
