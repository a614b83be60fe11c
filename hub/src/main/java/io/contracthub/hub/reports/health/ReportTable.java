package io.contracthub.hub.reports.health;

import java.util.List;

/**
 * One section of the report as people read it: a title, column headings and rows of cells (text, or a number the
 * spreadsheet keeps as a number). {@code figureKeys} names each row's figure for drill-down (null: none).
 */
public record ReportTable(String id, String title, List<String> headings, List<List<Object>> rows, List<String> figureKeys) {
}
