package io.github.postmortems.storage;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where each cell's content sits in the markup by scanning the text, for the case Confluence renders: one
 * table, every cell closed, no comments or CDATA. A cell's rich text can then be cut from the markup as written
 * instead of being serialized again (which costs as much as half the parse, and spells entities its own way).
 * Anything unusual, or any disagreement with the parsed table, answers "cannot tell" and the caller serializes.
 */
final class CellScan {

    private CellScan() {
    }

    /** The inner span of every cell of {@code table}, keyed by the parsed cell; empty when the text cannot tell. */
    static Optional<Map<Element, SourceSpan>> of(String markup, Element table) {
        int firstTable = markup.indexOf("<table");
        if (firstTable < 0 || markup.indexOf("<table", firstTable + 1) >= 0 || markup.contains("<!--")
                || markup.contains("<![CDATA[")) {
            return Optional.empty();
        }
        List<SourceSpan> spans = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = nextOpen(markup, at);
            if (open < 0) {
                break;
            }
            int end = tagEnd(markup, open);
            if (end < 0) {
                return Optional.empty();
            }
            if (markup.charAt(end - 1) == '/') {
                spans.add(new SourceSpan(end + 1, end + 1));
                at = end + 1;
                continue;
            }
            int close = nextClose(markup, end + 1);
            int nextOpen = nextOpen(markup, end + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                return Optional.empty(); // a cell left open: the parser decided where it ends, not the text
            }
            spans.add(new SourceSpan(end + 1, close));
            at = close + 1;
        }
        List<Element> cells = table.select("td, th");
        if (cells.size() != spans.size()) {
            return Optional.empty();
        }
        Map<Element, SourceSpan> byCell = new IdentityHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byCell.put(cells.get(i), spans.get(i));
        }
        return Optional.of(byCell);
    }

    /** The next {@code <td} or {@code <th} start tag (not {@code <thead}). */
    private static int nextOpen(String markup, int from) {
        for (int i = markup.indexOf("<t", from); i >= 0; i = markup.indexOf("<t", i + 2)) {
            if (i + 3 < markup.length() && (markup.charAt(i + 2) == 'd' || markup.charAt(i + 2) == 'h')
                    && isTagNameEnd(markup.charAt(i + 3))) {
                return i;
            }
        }
        return -1;
    }

    /** The next {@code </td} or {@code </th} end tag. */
    private static int nextClose(String markup, int from) {
        for (int i = markup.indexOf("</t", from); i >= 0; i = markup.indexOf("</t", i + 3)) {
            if (i + 4 < markup.length() && (markup.charAt(i + 3) == 'd' || markup.charAt(i + 3) == 'h')
                    && isTagNameEnd(markup.charAt(i + 4))) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code >} that ends the tag starting at {@code open}, skipping quoted attribute values. */
    private static int tagEnd(String markup, int open) {
        char quote = 0;
        for (int i = open + 3; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
