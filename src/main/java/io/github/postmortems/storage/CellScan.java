package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where each cell's content sits in the markup, for the case Confluence renders: one table, every cell closed,
 * no comments or CDATA. A cell's rich text can then be cut from the markup as written instead of being serialized
 * again (which costs as much as half the parse, and spells entities its own way).
 * <p>
 * Tags are read as the parser's tokenizer reads them, one after the other, so a {@code </td>} inside a quoted
 * attribute value is part of that value, not the end of the cell; the cells found must then be the parsed table's
 * cells, one for one. Anything unusual, or any disagreement with the parse, answers "cannot tell" and the caller
 * serializes.
 */
final class CellScan {

    private CellScan() {
    }

    /** The inner span of every cell of {@code table}, keyed by the parsed cell; empty when the text cannot tell. */
    static Optional<Map<Element, SourceSpan>> of(String markup, Element table) {
        return of(markup, cells(table));
    }

    /**
     * The inner span of each cell, keyed by the parsed cell; empty when the text cannot tell.
     *
     * @param cells every cell of the markup's one table, nested tables' included, in document order
     */
    static Optional<Map<Element, SourceSpan>> of(String markup, List<Element> cells) {
        List<SourceSpan> spans = new ArrayList<>();
        int tables = 0;
        int cellStart = -1;
        int at = 0;
        for (int open = markup.indexOf('<'); open >= 0; open = markup.indexOf('<', at)) {
            char next = open + 1 < markup.length() ? markup.charAt(open + 1) : ' ';
            // Only a "<!" can start a comment or CDATA: one character looked at per tag, not two string compares.
            if (next == '!' && (markup.startsWith("<!--", open) || markup.startsWith("<![CDATA[", open))) {
                return Optional.empty();
            }
            boolean closing = next == '/';
            int nameStart = closing ? open + 2 : open + 1;
            if (nameStart >= markup.length() || !Character.isLetter(markup.charAt(nameStart))) {
                at = open + 1; // "a < b": text, as the tokenizer reads it
                continue;
            }
            int end = MacroSlice.tagEnd(markup, open);
            if (end < 0) {
                return Optional.empty();
            }
            int nameEnd = nameEnd(markup, nameStart, end);
            if (!closing && named(markup, nameStart, nameEnd, "table") && ++tables > 1) {
                return Optional.empty();
            }
            if (named(markup, nameStart, nameEnd, "td") || named(markup, nameStart, nameEnd, "th")) {
                if (!closing && cellStart >= 0) {
                    return Optional.empty(); // a cell left open: the parser decided where it ends, not the text
                }
                if (!closing && markup.charAt(end - 1) == '/') {
                    spans.add(new SourceSpan(end + 1, end + 1));
                } else if (!closing) {
                    cellStart = end + 1;
                } else if (cellStart < 0) {
                    return Optional.empty();
                } else {
                    spans.add(new SourceSpan(cellStart, open));
                    cellStart = -1;
                }
            }
            at = end + 1;
        }
        if (tables != 1 || cellStart >= 0 || cells.size() != spans.size()) {
            return Optional.empty();
        }
        Map<Element, SourceSpan> byCell = new IdentityHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byCell.put(cells.get(i), spans.get(i));
        }
        return Optional.of(byCell);
    }

    /** Every cell in the table, nested tables' included, in document order; one walk, no selector to evaluate. */
    static List<Element> cells(Element table) {
        List<Element> cells = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                cells.add(e);
            }
        }, table);
        return cells;
    }

    private static int nameEnd(String markup, int from, int end) {
        int i = from;
        while (i < end && !Character.isWhitespace(markup.charAt(i)) && markup.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    /** Whether the tag name in {@code [from, to)} is {@code name}, in any case; no string made for every tag. */
    private static boolean named(String markup, int from, int to, String name) {
        return to - from == name.length() && markup.regionMatches(true, from, name, 0, name.length());
    }
}
