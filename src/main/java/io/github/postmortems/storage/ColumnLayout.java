package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Warning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which grid column holds which table column, found from the header row's text in any bundled language. Without a
 * recognizable header the columns are taken in their documented order, and a warning says so.
 */
final class ColumnLayout<C extends Enum<C> & Column> {

    static final String NO_HEADER = "postmortems.storage.warning.no-header";
    static final String UNKNOWN_HEADER = "postmortems.storage.warning.unknown-header";
    static final String UNKNOWN_COLUMN = "postmortems.storage.warning.unknown-column";
    static final String MISSING_COLUMN = "postmortems.storage.warning.missing-column";
    /** Each table's column names in the viewer's language, listed in the unknown-column warning. */
    private static final Map<String, String> KNOWN_COLUMNS = Map.of(
            MacroNames.TIMELINE, "postmortems.timeline.columns.known",
            MacroNames.COUNTERMEASURES, "postmortems.countermeasure.columns.known");

    private final Map<C, Integer> indexOf;
    private final int firstDataRow;

    private ColumnLayout(Map<C, Integer> indexOf, int firstDataRow) {
        this.indexOf = indexOf;
        this.firstDataRow = firstDataRow;
    }

    static <C extends Enum<C> & Column> ColumnLayout<C> detect(TableGrid grid, Class<C> type, String table,
                                                               Labels labels, List<Warning> warnings) {
        List<C> columns = List.of(type.getEnumConstants());
        Map<String, C> byKey = columns.stream().collect(Collectors.toMap(Column::key, c -> c));
        List<TableGrid.Row> rows = grid.rows();
        int headerRow = 0;
        while (headerRow < rows.size() && rows.get(headerRow).isBlank()) {
            headerRow++;
        }
        if (headerRow == rows.size()) {
            return new ColumnLayout<>(new EnumMap<>(type), rows.size());
        }
        TableGrid.Row header = rows.get(headerRow);
        Map<C, Integer> found = new EnumMap<>(type);
        for (int i = 0; i < header.width(); i++) {
            Cell cell = header.cell(i);
            Optional<String> key = labels.match(cell.text(), byKey.keySet());
            if (key.isPresent()) {
                found.putIfAbsent(byKey.get(key.get()), i);
            }
        }
        if (!found.isEmpty()) {
            for (int i = 0; i < header.width(); i++) {
                if (!found.containsValue(i) && header.cell(i).origin() && !header.cell(i).isBlank()) {
                    warnings.add(Warning.at(Warning.Location.row(table, 0), UNKNOWN_COLUMN, header.cell(i).text(),
                            KNOWN_COLUMNS.getOrDefault(table, "")));
                }
            }
            for (C column : columns) {
                if (column.required() && !found.containsKey(column)) {
                    warnings.add(Warning.at(Warning.Location.row(table, 0), MISSING_COLUMN, column.key()));
                }
            }
            return new ColumnLayout<>(found, headerRow + 1);
        }
        Map<C, Integer> positional = new EnumMap<>(type);
        columns.forEach(column -> positional.put(column, column.ordinal()));
        boolean looksLikeHeader = header.cells().stream().allMatch(Cell::isHeader);
        warnings.add(Warning.at(Warning.Location.row(table, 0), looksLikeHeader ? UNKNOWN_HEADER : NO_HEADER));
        return new ColumnLayout<>(positional, looksLikeHeader ? headerRow + 1 : headerRow);
    }

    boolean has(C column) {
        return indexOf.containsKey(column);
    }

    Cell cell(TableGrid.Row row, C column) {
        return row.cell(indexOf.getOrDefault(column, -1));
    }

    /** Grid index of the first row after the header. */
    int firstDataRow() {
        return firstDataRow;
    }

    /** The 1-based data row number people see, counted from the first row after the header. */
    int rowNumber(int gridIndex) {
        return gridIndex - firstDataRow + 1;
    }
}
