package io.github.postmortems.storage;

import io.github.postmortems.text.Markup;
import org.jsoup.nodes.Attribute;
import org.jsoup.parser.Tag;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An event cell read flat, written through an allowlist as jsoup's cleaner writes it, in one loop over the cell's
 * nodes: the flat counterpart of the view's tree walk ({@code ParsedEventText}), under the same conditions. The
 * cleaner parses the markup again as HTML; that reads it as the flat reading did only when each element is one the
 * HTML parser inserts as written, nested where it keeps it ({@link FlatMarkup#AS_WRITTEN}, no paragraph or block in a
 * paragraph, no link in a link, no list item in a list item), and the void elements {@code br} and {@code img}, and
 * only they, are written self-closed. Anything else answers empty, and the view cleans the markup with jsoup.
 */
final class FlatEventText implements EventCells.Written {

    /** Attribute names seen and whether jsoup writes each as a boolean attribute; at most this many are kept. */
    private static final int MAX_REMEMBERED_KEYS = 256;
    /**
     * jsoup's answer for attribute names seen before: asked for every attribute an event keeps, and a binary search
     * over lower-cased names each time. Bounded: names come from pages.
     */
    private static final Map<String, Boolean> BOOLEAN_KEYS = new ConcurrentHashMap<>();


    private final FlatMarkup markup;
    private final int cell;

    FlatEventText(FlatMarkup markup, int cell) {
        this.markup = markup;
        this.cell = cell;
    }

    @Override
    public Optional<String> allowed(EventCells.Allowlist allowlist) {
        int last = markup.end(cell);
        for (int n = cell + 1; n <= last; n++) {
            if (markup.isElement(n) && markup.selfClosed(n) != markup.is(n, FlatMarkup.VOID)) {
                return Optional.empty(); // "<br></br>" is two breaks in HTML, "<p/>" a paragraph left open
            }
        }
        Write write = new Write(allowlist, markup.innerLength(cell));
        int[] open = new int[8];
        int depth = 0;
        for (int n = cell + 1; n <= last; n++) {
            while (depth > 0 && n > markup.end(open[depth - 1])) {
                write.tail(open[--depth]);
            }
            if (!markup.isElement(n)) {
                if (!write.text(n)) {
                    return Optional.empty();
                }
                continue;
            }
            if (!write.head(n)) {
                return Optional.empty();
            }
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = n;
        }
        while (depth > 0) {
            write.tail(open[--depth]);
        }
        return Optional.of(write.html.toString());
    }

    /** The cleaner's output, element by element; false where jsoup's own path must write the cell. */
    private final class Write {
        private final StringBuilder html;
        private final EventCells.Allowlist allowlist;
        private final FlatMarkup.TextRange<Boolean> escapeText;
        private final FlatMarkup.TextRange<Boolean> escapeValue;
        /** For each allowed element open in the output, innermost last: whether anything was copied into it yet. */
        private boolean[] filled = new boolean[8];
        private int open;
        /** The list-item scopes open (ul, ol, blockquote, li), innermost last. */
        private String[] listScope = new String[8];
        private int scopes;
        /** For each element open in the markup, innermost last: whether the allowlist keeps it (asked once, at its head). */
        private boolean[] kept = new boolean[8];
        private int depth;
        private int paragraphs;
        private int links;

        Write(EventCells.Allowlist allowlist, int length) {
            this.allowlist = allowlist;
            this.html = new StringBuilder(length);
            this.escapeText = (text, from, to) -> Markup.appendAsJsoupWrites(html, text, from, to, true);
            this.escapeValue = (text, from, to) -> Markup.appendAsJsoupWrites(html, text, from, to, false);
        }

        boolean text(int node) {
            copied();
            return markup.withText(node, escapeText);
        }

        boolean head(int e) {
            String name = markup.name(e);
            if (!markup.is(e, FlatMarkup.AS_WRITTEN)) {
                return false;
            }
            if (markup.is(e, FlatMarkup.CLOSES_PARAGRAPH) && paragraphs > 0 || name.equals("a") && links > 0
                    || name.equals("li") && scopes > 0 && "li".equals(listScope[scopes - 1])) {
                return false;
            }
            paragraphs += name.equals("p") ? 1 : 0;
            links += name.equals("a") ? 1 : 0;
            if (markup.is(e, FlatMarkup.LIST_ITEM_SCOPE)) {
                if (scopes == listScope.length) {
                    listScope = Arrays.copyOf(listScope, scopes * 2);
                }
                listScope[scopes++] = name;
            }
            boolean keeps = allowlist.keepsElement(name);
            if (depth == kept.length) {
                kept = Arrays.copyOf(kept, depth * 2);
            }
            kept[depth++] = keeps;
            if (!keeps) {
                return true; // dropped, as the cleaner drops it; its text still lands where it stands
            }
            copied();
            html.append('<').append(name);
            for (int i = 0; i < markup.attributeCount(e); i++) {
                String key = markup.attributeKey(e, i);
                boolean kept = name.equals("a") && key.equals("href")
                        ? allowlist.keepsLink(markup.attributeValue(e, i)) : allowlist.keepsAttribute(name, key);
                if (kept) {
                    if (isBooleanAttribute(key)) {
                        return false;
                    }
                    html.append(' ').append(key).append("=\"");
                    if (!markup.withAttributeValue(e, i, escapeValue)) {
                        return false;
                    }
                    html.append('"');
                }
            }
            html.append('>');
            if (open == filled.length) {
                filled = Arrays.copyOf(filled, open * 2);
            }
            filled[open++] = false;
            return true;
        }

        void tail(int e) {
            String name = markup.name(e);
            paragraphs -= name.equals("p") ? 1 : 0;
            links -= name.equals("a") ? 1 : 0;
            if (markup.is(e, FlatMarkup.LIST_ITEM_SCOPE)) {
                scopes--;
            }
            if (kept[--depth]) {
                boolean empty = !filled[--open];
                if (!(empty && Tag.valueOf(name).isSelfClosing())) {
                    html.append("</").append(name).append('>');
                }
            }
        }

        private boolean isBooleanAttribute(String key) {
            Boolean known = BOOLEAN_KEYS.get(key);
            if (known == null) {
                known = Attribute.isBooleanAttribute(key);
                if (BOOLEAN_KEYS.size() < MAX_REMEMBERED_KEYS) {
                    BOOLEAN_KEYS.put(key, known);
                }
            }
            return known;
        }

        private void copied() {
            if (open > 0) {
                filled[open - 1] = true;
            }
        }

    }
}
