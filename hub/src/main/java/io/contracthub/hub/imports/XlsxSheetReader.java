package io.contracthub.hub.imports;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an XLSX register, read with POI's event API (XSSFReader + XSSFSheetXMLHandler): the sheet's XML
 * is parsed as a stream, one row at a time, so a 50,000-row register never is a workbook in memory.
 */
final class XlsxSheetReader implements SheetReader {

    @Override
    public void read(Path file, SheetRows rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw RegisterFileException.empty();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(rows),
                        new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (StopReading stop) {
            // the caller has read what it needed
        } catch (SAXException e) {
            if (e.getCause() instanceof StopReading || e.getException() instanceof StopReading) {
                return;
            }
            throw RegisterFileException.notASpreadsheet();
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw RegisterFileException.notASpreadsheet();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JRE's XML parser cannot be configured", e);
        } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
            throw RegisterFileException.notASpreadsheet();
        }
    }

    /** Collects each row's cells (blank cells are not in the XML at all) and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetRows rows;
        private final List<String> cells = new ArrayList<>();

        Rows(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.row(rowNum + 1, new ArrayList<>(cells))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /**
     * Numbers as they are stored, not as the cell's display format rounds them (a price shown as "0.34" may be 0.335),
     * and dates as year-month-day. Numbers of more than 15 digits cannot be held exactly by Excel at all; they keep
     * their exponent so that a bank account typed as a number is refused rather than imported with wrong digits.
     */
    private static final class PlainNumbers extends DataFormatter {

        private static final double EXACT_LIMIT = 1e15;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= EXACT_LIMIT) {
                return Double.toString(value);
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
