package io.contracthub.hub.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of a register's first sheet without holding the file in memory. */
interface SheetReader {

    /** @throws RegisterFileException when the file is not a readable register of this format */
    void read(Path file, SheetRows rows) throws IOException;
}
