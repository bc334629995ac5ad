package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A table's cells laid out as the reader sees them: a cell with {@code colspan} or {@code rowspan} fills every
 * position it covers. Only the table's own rows count; a table inside a cell stays part of that cell.
 */
final class TableGrid {

    /** Guards against a typo such as colspan="1000" blowing up the grid. */
    private static final int MAX_SPAN = 64;
    /** Rows read of one table; a longer one is read up to here and reported, so one page bounds a reader's work. */
    static final int MAX_ROWS = 10_000;
    /** Grid columns kept: spans that push a cell further right would otherwise grow every row without bound. */
    private static final int MAX_COLUMNS = 64;
    private static final Set<String> SECTIONS = Set.of("thead", "tbody", "tfoot");

    private final List<Row> rows;
    private final int rowsLeftOut;

    private TableGrid(List<Row> rows, int rowsLeftOut) {
        this.rows = List.copyOf(rows);
        this.rowsLeftOut = rowsLeftOut;
    }

    static TableGrid of(Element table, ParsedSource source) {
        List<WrittenRow> rows = new ArrayList<>();
        for (Element tr : ownRows(table)) {
            List<WrittenCell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (td.normalName().equals("td") || td.normalName().equals("th")) {
                    cells.add(new WrittenCell(span(td.attr("colspan")), span(td.attr("rowspan")),
                            placement -> new DomCell(td, placement, source)));
                }
            }
            rows.add(new WrittenRow(cells, () -> rowSpan(tr, source)));
        }
        return layOut(rows, source);
    }

    /** The grid of the table at {@code table} in markup read flat (see {@link FlatMarkup}). */
    static TableGrid of(FlatMarkup markup, int table) {
        List<WrittenRow> rows = new ArrayList<>();
        for (int child = markup.firstChild(table); child >= 0; child = markup.nextSibling(child)) {
            if (markup.named(child, "tr")) {
                rows.add(flatRow(markup, child));
            } else if (markup.isElement(child) && SECTIONS.contains(markup.name(child))) {
                for (int tr = markup.firstChild(child); tr >= 0; tr = markup.nextSibling(tr)) {
                    if (markup.named(tr, "tr")) {
                        rows.add(flatRow(markup, tr));
                    }
                }
            }
        }
        return layOut(rows, null);
    }

    private static WrittenRow flatRow(FlatMarkup markup, int tr) {
        List<WrittenCell> cells = new ArrayList<>();
        for (int td = markup.firstChild(tr); td >= 0; td = markup.nextSibling(td)) {
            if (markup.named(td, "td") || markup.named(td, "th")) {
                int written = td;
                cells.add(new WrittenCell(span(markup.attr(td, "colspan")), span(markup.attr(td, "rowspan")),
                        placement -> new FlatCell(markup, written, placement)));
            }
        }
        // A flat reading serves views, which write nothing back: no row's place in the page is asked for.
        return new WrittenRow(cells, Optional::empty);
    }

    /** A row as written: its cells in order, and where the whole row sits in the page. */
    private record WrittenRow(List<WrittenCell> cells, Supplier<Optional<SourceSpan>> span) {
    }

    /** A cell as written: its spans, and the cell it reads as at each position it covers. */
    private record WrittenCell(int colspan, int rowspan, Function<Cell.Placement, Cell> at) {
    }

    /** Places each written cell at every position it covers, rows as far as {@link #MAX_ROWS}. */
    private static TableGrid layOut(List<WrittenRow> all, ParsedSource source) {
        List<WrittenRow> trs = all.subList(0, Math.min(all.size(), MAX_ROWS));
        // Positions by row, each row as wide as its cells reach: a span reaches at most MAX_SPAN rows down.
        Cell[][] taken = new Cell[trs.size()][];
        List<Row> rows = new ArrayList<>(trs.size());
        for (int r = 0; r < trs.size(); r++) {
            WrittenRow tr = trs.get(r);
            int column = 0;
            for (WrittenCell td : tr.cells()) {
                while (at(taken, r, column) != null) {
                    column++;
                }
                if (column >= MAX_COLUMNS) {
                    break;
                }
                int colspan = td.colspan();
                int rowspan = Math.min(td.rowspan(), trs.size() - r);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan && column + dc < MAX_COLUMNS; dc++) {
                        if (at(taken, r + dr, column + dc) == null) {
                            place(taken, r + dr, column + dc, td.at().apply(placement(dr, dc)));
                        }
                    }
                }
                column += colspan;
            }
            rows.add(new Row(tr.span(), source));
        }
        for (int r = 0; r < rows.size(); r++) {
            Cell[] row = taken[r] == null ? new Cell[0] : taken[r];
            for (Cell cell : row) {
                rows.get(r).cells.add(cell == null ? Cell.missing(source) : cell);
            }
        }
        return new TableGrid(rows, all.size() - trs.size());
    }

    private static Cell at(Cell[][] taken, int row, int column) {
        Cell[] cells = taken[row];
        return cells == null || column >= cells.length ? null : cells[column];
    }

    /** Places the cell, the row growing to reach it: a row is as wide as its rightmost position taken. */
    private static void place(Cell[][] taken, int row, int column, Cell cell) {
        Cell[] cells = taken[row];
        if (cells == null || column >= cells.length) {
            cells = cells == null ? new Cell[column + 1] : Arrays.copyOf(cells, column + 1);
            taken[row] = cells;
        }
        cells[column] = cell;
    }

    List<Row> rows() {
        return rows;
    }

    /** Rows past {@link #MAX_ROWS}, not read. */
    int rowsLeftOut() {
        return rowsLeftOut;
    }

    /** One row: its cells by column, missing cells read as blank. */
    static final class Row {
        private final Supplier<Optional<SourceSpan>> span;
        private final ParsedSource source;
        private final List<Cell> cells = new ArrayList<>();

        private Row(Supplier<Optional<SourceSpan>> span, ParsedSource source) {
            this.span = span;
            this.source = source;
        }

        Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.missing(source);
        }

        List<Cell> cells() {
            return List.copyOf(cells);
        }

        int width() {
            return cells.size();
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }

        /**
         * Whether one cell written here spans the whole row, as a title or a group heading does ("Prevent" over the
         * rows it groups): at least two positions, all of them that one cell.
         */
        boolean isHeading() {
            if (cells.size() < 2 || !cells.get(0).origin()) {
                return false;
            }
            for (Cell cell : cells) {
                if (!cell.sameElementAs(cells.get(0))) {
                    return false;
                }
            }
            return true;
        }

        /** The heading's text: what its one cell says. */
        String headingText() {
            return cell(0).text();
        }

        /** The whole {@code <tr>...</tr>} in the page string, when its end tag was written. */
        Optional<SourceSpan> span() {
            return span.get();
        }
    }

    private static Optional<SourceSpan> rowSpan(Element tr, ParsedSource source) {
        Range open = tr.sourceRange();
        Range close = tr.endSourceRange();
        if (!open.isTracked() || !close.isTracked() || close.end().pos() <= open.start().pos()
                || close.start().pos() == close.end().pos()) {
            return Optional.empty();
        }
        return Optional.of(new SourceSpan(open.start().pos(), close.end().pos()).shiftedBy(source.offset()));
    }

    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (SECTIONS.contains(child.normalName())) {
                child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static Cell.Placement placement(int rowOffset, int columnOffset) {
        if (columnOffset > 0) {
            return Cell.Placement.COLUMN_SPAN;
        }
        return rowOffset > 0 ? Cell.Placement.ROW_SPAN : Cell.Placement.OWN;
    }


    private static int span(String attribute) {
        String digits = attribute.strip();
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(digits)));
    }
}
