package io.contracthub.hub.reports.health;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The report as a PDF (OpenPDF). Chinese text uses STSong-Light with the UniGB-UCS2-H encoding: the CJK font
 * metrics and CMaps ship inside OpenPDF and every PDF reader supplies the glyphs, so no font file is embedded.
 */
@Component
public class HealthReportPdf {

    private static final Color BELOW_TARGET = new Color(0xB0, 0x1E, 0x1E);

    private final HealthReportTables tables;

    public HealthReportPdf(HealthReportTables tables) {
        this.tables = tables;
    }

    public byte[] write(HealthReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font body = new Font(base, 9);
            Font heading = new Font(base, 11, Font.BOLD);
            Font title = new Font(base, 16, Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.addTitle(tables.text("health.title", locale));
            document.open();
            document.add(new Paragraph(tables.text("health.title", locale), title));
            document.add(new Paragraph(tables.text("health.period", locale, report.from(), report.to()), body));
            for (ReportTable table : tables.tables(report, locale)) {
                Paragraph caption = new Paragraph(table.title(), heading);
                caption.setSpacingBefore(10);
                caption.setSpacingAfter(4);
                document.add(caption);
                PdfPTable grid = new PdfPTable(table.headings().size());
                grid.setWidthPercentage(100);
                for (String text : table.headings()) {
                    PdfPCell cell = new PdfPCell(new Phrase(text, heading));
                    cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                    grid.addCell(cell);
                }
                for (List<Object> row : table.rows()) {
                    boolean belowTarget = "consistency".equals(table.id()) && tables.text("health.status.bad", locale).equals(row.get(row.size() - 1));
                    for (Object value : row) {
                        Font font = belowTarget ? new Font(base, 9, Font.NORMAL, BELOW_TARGET) : body;
                        grid.addCell(new PdfPCell(new Phrase(String.valueOf(value), font)));
                    }
                }
                document.add(grid);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The health report PDF could not be written", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The health report PDF could not be written", e);
        }
    }
}
