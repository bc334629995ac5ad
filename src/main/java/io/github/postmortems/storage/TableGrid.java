package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        List<Element> all = ownRows(table);
        List<Element> trs = all.subList(0, Math.min(all.size(), MAX_ROWS));
        Map<Long, Cell> taken = new HashMap<>();
        Map<Integer, Integer> widths = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (taken.containsKey(position(r, column))) {
                    column++;
                }
                if (column >= MAX_COLUMNS) {
                    break;
                }
                int colspan = span(td.attr("colspan"));
                int rowspan = Math.min(span(td.attr("rowspan")), trs.size() - r);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan && column + dc < MAX_COLUMNS; dc++) {
                        taken.putIfAbsent(position(r + dr, column + dc), new Cell(td, placement(dr, dc), source));
                        widths.merge(r + dr, column + dc + 1, Math::max);
                    }
                }
                column += colspan;
            }
            rows.add(new Row(tr, source));
        }
        for (int r = 0; r < rows.size(); r++) {
            int width = widths.getOrDefault(r, 0);
            for (int c = 0; c < width; c++) {
                rows.get(r).cells.add(taken.getOrDefault(position(r, c), Cell.missing(source)));
            }
        }
        return new TableGrid(rows, all.size() - trs.size());
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
        private final Element tr;
        private final ParsedSource source;
        private final List<Cell> cells = new ArrayList<>();

        private Row(Element tr, ParsedSource source) {
            this.tr = tr;
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
            Range open = tr.sourceRange();
            Range close = tr.endSourceRange();
            if (!open.isTracked() || !close.isTracked() || close.end().pos() <= open.start().pos()
                    || close.start().pos() == close.end().pos()) {
                return Optional.empty();
            }
            return Optional.of(new SourceSpan(open.start().pos(), close.end().pos()).shiftedBy(source.offset()));
        }
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

    private static long position(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String attribute) {
        String digits = attribute.strip();
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(digits)));
    }
}
