package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the reader needs to know of a tree's tables, found in one walk: the tables not inside another table, in
 * document order, and every cell of the first of them (nested tables' included, for {@link CellScan}). The walk that
 * checks a parse for rows and cells outside their parents finds them too, instead of three walks one after the other.
 *
 * @param tables          the outermost tables, in document order
 * @param firstTableCells the {@code td} and {@code th} elements of the first of them, in document order, when the
 *                        walk entered the tables
 */
record TableShape(List<Element> tables, Optional<List<Element>> firstTableCells) {

    private static final Set<String> ROW_PARENTS = Set.of("table", "thead", "tbody", "tfoot");

    /** The shape of the tables under {@code root}. */
    static TableShape of(Element root) {
        Walk walk = new Walk(false);
        NodeTraversor.filter(walk, root);
        return walk.shape();
    }

    /** The outermost tables under {@code root} only, in a walk that does not enter them: their cells are left. */
    static TableShape outermost(Element root) {
        List<Element> tables = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e.normalName().equals("table")) {
                tables.add(e);
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return new TableShape(List.copyOf(tables), Optional.empty());
    }

    /** The cells of the first table, nested tables' included, in document order; a walk if not found already. */
    List<Element> cellsOfFirstTable() {
        return firstTableCells.orElseGet(() -> tables.isEmpty() ? List.of() : CellScan.cells(tables.get(0)));
    }

    /** The shape of the tables under {@code root}; empty at the first row or cell outside its parent. */
    static Optional<TableShape> ifWellNested(Element root) {
        Walk walk = new Walk(true);
        return NodeTraversor.filter(walk, root) == NodeFilter.FilterResult.STOP ? Optional.empty()
                : Optional.of(walk.shape());
    }

    private static final class Walk implements NodeFilter {
        private final boolean stopAtMisplaced;
        private final List<Element> tables = new ArrayList<>();
        private final List<Element> cells = new ArrayList<>();
        /** Tables open around the node visited: 0 outside any, 1 or more inside an outermost one. */
        private int openTables;

        Walk(boolean stopAtMisplaced) {
            this.stopAtMisplaced = stopAtMisplaced;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (stopAtMisplaced && misplaced(e, name)) {
                return FilterResult.STOP;
            }
            if (name.equals("table")) {
                if (openTables == 0) {
                    tables.add(e);
                }
                openTables++;
            } else if (openTables > 0 && tables.size() == 1 && (name.equals("td") || name.equals("th"))) {
                cells.add(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("table")) {
                openTables--;
            }
            return FilterResult.CONTINUE;
        }

        TableShape shape() {
            return new TableShape(List.copyOf(tables), Optional.of(List.copyOf(cells)));
        }
    }

    private static boolean misplaced(Element e, String name) {
        return switch (name) {
            case "tr" -> !ROW_PARENTS.contains(parentName(e));
            case "td", "th" -> !parentName(e).equals("tr");
            default -> false;
        };
    }

    private static String parentName(Element e) {
        return e.parent() == null ? "" : e.parent().normalName();
    }
}
