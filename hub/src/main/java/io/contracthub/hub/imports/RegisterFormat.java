package io.contracthub.hub.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two register formats, told apart by the file's first bytes rather than by its name. */
public enum RegisterFormat {
    XLSX,
    CSV;

    private static final int SNIFFED = 8192;

    /** @throws RegisterFileException (415 not_a_register) for anything else: old .xls, PDF, images, binary data */
    static RegisterFormat of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        for (byte b : head) {
            if (b == 0) {
                throw RegisterFileException.notASpreadsheet();
            }
        }
        if (head.length > 4 && (head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F')) {
            throw RegisterFileException.notASpreadsheet();
        }
        return CSV;
    }

    SheetReader reader() {
        return this == XLSX ? new XlsxSheetReader() : new CsvSheetReader();
    }
}
