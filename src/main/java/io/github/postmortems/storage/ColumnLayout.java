package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Warning;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which grid column holds which table column, found from the header row's text in any bundled language: the header is
 * the first of the first few rows naming two columns, with a second header row beside it merged in, and rows above it
 * (titles) are skipped with a warning naming them. Without a recognizable header the columns are taken in their
 * documented order, and a warning says so.
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
    static final String SKIPPED_TITLE = "postmortems.storage.warning.skipped-title";
    /** Rows searched for the header: titles and group headers sit above it, data does not. */
    static final int HEADER_SCAN = 5;

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
        int scan = Math.min(rows.size(), HEADER_SCAN);
        List<Map<C, Integer>> named = new Named<>(rows, Math.min(rows.size(), scan + 1), type, byKey, labels);
        int headerRow = headerRow(rows, named, scan);
        if (headerRow >= 0) {
            return fromHeader(rows, named, headerRow, columns, table, warnings);
        }
        headerRow = 0;
        while (headerRow < rows.size() && rows.get(headerRow).isBlank()) {
            headerRow++;
        }
        if (headerRow == rows.size()) {
            return new ColumnLayout<>(new EnumMap<>(type), rows.size());
        }
        TableGrid.Row header = rows.get(headerRow);
        Map<C, Integer> positional = new EnumMap<>(type);
        columns.forEach(column -> positional.put(column, column.ordinal()));
        boolean looksLikeHeader = header.cells().stream().allMatch(Cell::isHeader);
        warnings.add(Warning.at(Warning.Location.row(table, 0), looksLikeHeader ? UNKNOWN_HEADER : NO_HEADER));
        return new ColumnLayout<>(positional, looksLikeHeader ? headerRow + 1 : headerRow);
    }

    /**
     * The header row, found by what it says among the first rows: the first naming two columns or more, so a title
     * above it ("Countermeasures agreed on 12 March") is not taken for it; else, as before titles could be told apart,
     * the first row that is neither blank nor a heading across the table, when it names one column. -1 for none.
     */
    private static <C> int headerRow(List<TableGrid.Row> rows, List<Map<C, Integer>> named, int scan) {
        for (int r = 0; r < scan; r++) {
            if (named.get(r).size() >= 2) {
                return r;
            }
        }
        for (int r = 0; r < scan; r++) {
            if (!rows.get(r).isBlank() && !rows.get(r).isHeading()) {
                return named.get(r).isEmpty() ? -1 : r;
            }
        }
        return -1;
    }

    private static <C extends Enum<C> & Column> ColumnLayout<C> fromHeader(List<TableGrid.Row> rows,
                                                                          List<Map<C, Integer>> named, int headerRow,
                                                                          List<C> columns, String table,
                                                                          List<Warning> warnings) {
        Map<C, Integer> found = new EnumMap<>(named.get(headerRow));
        int first = headerRow;
        int last = headerRow;
        // A header written on two rows (a group header over sub-headers): the labels of both, column by column.
        if (headerRow > 0 && secondHeaderRow(rows.get(headerRow - 1))) {
            first = headerRow - 1;
            merge(found, named.get(first));
        }
        // Below the header only a row naming columns the header lacks: a first data row in header cells stays data.
        int added = headerRow + 1 < named.size() ? newColumns(named.get(headerRow + 1), found) : 0;
        if (added >= 2 || added == 1 && secondHeaderRow(rows.get(headerRow + 1))) {
            last = headerRow + 1;
            merge(found, named.get(last));
        }
        for (int r = 0; r < first; r++) {
            TableGrid.Row skipped = rows.get(r);
            if (!skipped.isBlank()) {
                warnings.add(Warning.at(Warning.Location.row(table, 0), SKIPPED_TITLE, rowText(skipped)));
            }
        }
        int width = 0;
        for (int r = first; r <= last; r++) {
            width = Math.max(width, rows.get(r).width());
        }
        for (int i = 0; i < width; i++) {
            for (int r = first; r <= last && !found.containsValue(i); r++) {
                Cell cell = rows.get(r).cell(i);
                if (cell.origin() && !cell.isBlank()) {
                    warnings.add(Warning.at(Warning.Location.row(table, 0), UNKNOWN_COLUMN, cell.text(),
                            KNOWN_COLUMNS.getOrDefault(table, "")));
                }
            }
        }
        for (C column : columns) {
            if (column.required() && !found.containsKey(column)) {
                warnings.add(Warning.at(Warning.Location.row(table, 0), MISSING_COLUMN, column.key()));
            }
        }
        return new ColumnLayout<>(found, last + 1);
    }

    /** Columns the row's cells name, each at the first grid column naming it. */
    private static <C extends Enum<C> & Column> Map<C, Integer> columnsNamed(TableGrid.Row row, Class<C> type,
                                                                            Map<String, C> byKey, Labels labels) {
        Map<C, Integer> found = new EnumMap<>(type);
        if (row.isHeading()) {
            return found; // one cell across the table is a title, whatever it says
        }
        for (int i = 0; i < row.width(); i++) {
            Cell cell = row.cell(i);
            Optional<String> key = labels.match(cell.text(), byKey.keySet());
            if (key.isPresent()) {
                found.putIfAbsent(byKey.get(key.get()), i);
            }
        }
        return found;
    }

    /**
     * The columns each of the first rows names, worked out when first asked: the header is most often the first row,
     * and then only it and the row below it are matched against every language's labels, not all the rows scanned.
     */
    private static final class Named<C extends Enum<C> & Column> extends AbstractList<Map<C, Integer>> {

        private final List<TableGrid.Row> rows;
        private final Map<C, Integer>[] named;
        private final Class<C> type;
        private final Map<String, C> byKey;
        private final Labels labels;

        @SuppressWarnings("unchecked")
        Named(List<TableGrid.Row> rows, int size, Class<C> type, Map<String, C> byKey, Labels labels) {
            this.rows = rows;
            this.named = (Map<C, Integer>[]) new Map[size];
            this.type = type;
            this.byKey = byKey;
            this.labels = labels;
        }

        @Override
        public Map<C, Integer> get(int row) {
            if (named[row] == null) {
                named[row] = columnsNamed(rows.get(row), type, byKey, labels);
            }
            return named[row];
        }

        @Override
        public int size() {
            return named.length;
        }
    }

    /** A row of header cells beside the header row (not a title across the table): part of a two-row header. */
    private static boolean secondHeaderRow(TableGrid.Row row) {
        return !row.isBlank() && !row.isHeading()
                && row.cells().stream().filter(Cell::origin).allMatch(Cell::isHeader);
    }

    private static <C> void merge(Map<C, Integer> found, Map<C, Integer> more) {
        more.forEach((column, index) -> {
            if (!found.containsKey(column) && !found.containsValue(index)) {
                found.put(column, index);
            }
        });
    }

    private static <C> int newColumns(Map<C, Integer> more, Map<C, Integer> found) {
        return (int) more.keySet().stream().filter(column -> !found.containsKey(column)).count();
    }

    /** What a skipped row says: its cells' texts, each written once. */
    static String rowText(TableGrid.Row row) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : row.cells()) {
            if (cell.origin() && !cell.isBlank()) {
                text.append(text.isEmpty() ? "" : " | ").append(cell.text());
            }
        }
        return text.toString();
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
