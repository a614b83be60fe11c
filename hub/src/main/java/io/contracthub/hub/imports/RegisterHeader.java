package io.contracthub.hub.imports;

import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which register column each position of the header row holds. */
final class RegisterHeader {

    private final RegisterColumn[] byPosition;

    private RegisterHeader(RegisterColumn[] byPosition) {
        this.byPosition = byPosition;
    }

    /** @throws RegisterFileException (400 wrong_headers) naming the missing, unknown and repeated columns */
    static RegisterHeader of(List<String> headerCells) {
        RegisterColumn[] byPosition = new RegisterColumn[headerCells.size()];
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        Map<RegisterColumn, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String cell = headerCells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            RegisterColumn column = RegisterColumn.named(cell).orElse(null);
            if (column == null) {
                unknown.add(cell.strip());
            } else if (seen.putIfAbsent(column, i) != null) {
                repeated.add(column.key());
            } else {
                byPosition[i] = column;
            }
        }
        List<String> missing = Arrays.stream(RegisterColumn.values())
                .filter(column -> column.requiredHeader() && !seen.containsKey(column)).map(RegisterColumn::key).toList();
        if (seen.isEmpty()) {
            throw new RegisterFileException(HttpStatus.BAD_REQUEST, "wrong_headers",
                    "The first row must name the register's columns (download the template)",
                    Map.of("missing", missing));
        }
        if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
            throw new RegisterFileException(HttpStatus.BAD_REQUEST, "wrong_headers",
                    "The header row does not match the template: missing " + missing + ", unknown " + unknown
                            + ", repeated " + repeated,
                    Map.of("missing", missing, "unknown", unknown, "repeated", repeated));
        }
        return new RegisterHeader(byPosition);
    }

    /** The row's cells by column; cells under no known column are left out. */
    RegisterRow row(int number, List<String> cells) {
        String[] byColumn = new String[RegisterColumn.values().length];
        for (int i = 0; i < cells.size() && i < byPosition.length; i++) {
            if (byPosition[i] != null) {
                byColumn[byPosition[i].ordinal()] = cells.get(i);
            }
        }
        return new RegisterRow(number, byColumn);
    }
}
