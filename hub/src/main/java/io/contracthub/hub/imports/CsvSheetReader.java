package io.contracthub.hub.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV register, comma-separated with double quotes (RFC 4180, as Excel saves it). Excel saves "CSV UTF-8" with a
 * byte order mark, and plain "CSV" on a Chinese Windows in GBK: a file that is not valid UTF-8 is read as GB18030
 * (the superset of GBK).
 */
final class CsvSheetReader implements SheetReader {

    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");
    // empty lines stay records (then skipped as blank rows), so record numbers are the line numbers Excel shows
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    @Override
    public void read(Path file, SheetRows rows) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : CHINESE_WINDOWS;
        try (InputStream in = BOMInputStream.builder().setInputStream(new BufferedInputStream(Files.newInputStream(file)))
                .get();
             Reader reader = new InputStreamReader(in, charset);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!rows.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            // commons-csv reports a broken quote while iterating
            throw RegisterFileException.notASpreadsheet();
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(8192);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk, 0, bytes.remaining())) > 0) {
                bytes.put(chunk, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        }
    }
}
