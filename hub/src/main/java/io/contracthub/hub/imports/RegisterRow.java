package io.contracthub.hub.imports;

/** One data row of a register: its row number as the spreadsheet shows it, and its cells by column. */
public record RegisterRow(int number, String[] cells) {

    /** The cell's text, stripped; null when blank or when the register has no such column. */
    public String get(RegisterColumn column) {
        String value = cells[column.ordinal()];
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
