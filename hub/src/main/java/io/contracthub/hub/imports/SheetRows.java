package io.contracthub.hub.imports;

import java.util.List;

/** Receives a sheet's rows one by one as a reader streams them; answers false to stop reading. */
@FunctionalInterface
interface SheetRows {

    boolean row(int rowNumber, List<String> cells);
}
