package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.WrittenAsParsed;
import io.github.postmortems.text.Markup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An event cell's text cleaned from the tree the reader already parsed, for the cells where cleaning its markup (a
 * second, HTML parse) would give the same: markup written tag for tag as parsed ({@link WrittenAsParsed}), only
 * allowed elements, in lower case, none of them nested where the HTML parser closes or reopens elements (a paragraph
 * or block in a paragraph, a link in a link, a list item in a list item). Anything else answers empty, and the caller
 * cleans the markup as before; the same allowlist, link verdicts and output settings serve both.
 */
final class ParsedEventText {

    /**
     * The allowlist's elements that the HTML parser inserts as written when nested as checked below, and the images
     * Confluence renders into issue links (dropped by both paths; written self-closed, see {@link WrittenAsParsed}).
     */
    private static final Set<String> AS_WRITTEN = Set.of("p", "br", "div", "span", "strong", "b", "em", "i", "u", "s",
            "del", "ins", "sub", "sup", "code", "kbd", "ul", "ol", "li", "blockquote", "a", "time", "img");
    /** Elements whose start tag closes an open paragraph in HTML. */
    private static final Set<String> CLOSE_PARAGRAPH = Set.of("p", "div", "ul", "ol", "li", "blockquote");
    /** Elements past which a list item's start tag does not look for an open list item. */
    private static final Set<String> LIST_ITEM_SCOPE = Set.of("ul", "ol", "blockquote", "li");

    private ParsedEventText() {
    }

    /**
     * The cleaned text, written straight from the tree as jsoup's cleaner would write the copy it makes (its output
     * settings as {@code output}: no pretty printing, base entities, UTF-8). Empty when the cell is not written as
     * parsed, or holds what this writer leaves to jsoup: characters it escapes by number, or a boolean attribute.
     */
    static Optional<String> clean(Element cell, String markup, Safelist formatting, String site,
                                  Document.OutputSettings output) {
        if (output.prettyPrint() || output.escapeMode() != Entities.EscapeMode.base
                || !output.charset().name().equals("UTF-8")) {
            return Optional.empty();
        }
        if (!WrittenAsParsed.children(markup, cell)) {
            return Optional.empty();
        }
        Write write = new Write(new StringBuilder(markup.length()), formatting, site);
        boolean plain = NodeTraversor.filter(write, cell) != NodeFilter.FilterResult.STOP;
        return plain ? Optional.of(write.html.toString()) : Optional.empty();
    }

    /** The HTML parser lower-cases names; the XML parser keeps them as written. */
    private static boolean lowerCaseNames(Element e) {
        for (Attribute attribute : e.attributes()) {
            if (!attribute.getKey().equals(attribute.getKey().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What jsoup's cleaner writes of a tree of allowed elements: each allowed element with its safe attributes, the
     * text, escaped as jsoup escapes text ({@code & < >} and the no-break space) and attribute values ({@code & "} and
     * the no-break space). An element the copy would leave empty and jsoup writes self-closed ({@code br}) has no end
     * tag. The same walk stops at the first node the HTML parser would read otherwise (counters and a stack), and at
     * anything jsoup would escape by number or a boolean attribute: the caller then takes jsoup's own path.
     */
    private static final class Write implements NodeFilter {
        private final StringBuilder html;
        private final Safelist formatting;
        private final String site;
        /** For each allowed element open in the output: whether anything was copied into it yet. */
        private final Deque<boolean[]> open = new ArrayDeque<>();
        private final Deque<String> listScope = new ArrayDeque<>();
        private int paragraphs;
        private int links;
        private Node root;

        Write(StringBuilder html, Safelist formatting, String site) {
            this.html = html;
            this.formatting = formatting;
            this.site = site;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (root == null) {
                root = node;
                return FilterResult.CONTINUE;
            }
            if (node.getClass() == TextNode.class) {
                copied();
                return escape(((TextNode) node).getWholeText(), true) ? FilterResult.CONTINUE : FilterResult.STOP;
            }
            if (!(node instanceof Element source) || !AS_WRITTEN.contains(source.tagName())
                    || !lowerCaseNames(source)) {
                return FilterResult.STOP;
            }
            String name = source.tagName();
            if (CLOSE_PARAGRAPH.contains(name) && paragraphs > 0 || name.equals("a") && links > 0
                    || name.equals("li") && "li".equals(listScope.peek())) {
                return FilterResult.STOP;
            }
            paragraphs += name.equals("p") ? 1 : 0;
            links += name.equals("a") ? 1 : 0;
            if (LIST_ITEM_SCOPE.contains(name)) {
                listScope.push(name);
            }
            if (!formatting.isSafeTag(name)) {
                return FilterResult.CONTINUE; // dropped, as the cleaner drops it; its text still lands where it stands
            }
            copied();
            html.append('<').append(name);
            for (Attribute attribute : source.attributes()) {
                if (safe(name, source, attribute)) {
                    if (Attribute.isBooleanAttribute(attribute.getKey())) {
                        return FilterResult.STOP;
                    }
                    html.append(' ').append(attribute.getKey()).append("=\"");
                    if (!escape(attribute.getValue(), false)) {
                        return FilterResult.STOP;
                    }
                    html.append('"');
                }
            }
            html.append('>');
            open.push(new boolean[1]);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == root || !(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.tagName();
            paragraphs -= name.equals("p") ? 1 : 0;
            links -= name.equals("a") ? 1 : 0;
            if (LIST_ITEM_SCOPE.contains(name)) {
                listScope.pop();
            }
            if (formatting.isSafeTag(name)) {
                boolean empty = !open.pop()[0];
                if (!(empty && Tag.valueOf(name).isSelfClosing())) {
                    html.append("</").append(name).append('>');
                }
            }
            return FilterResult.CONTINUE;
        }

        private void copied() {
            boolean[] parent = open.peek();
            if (parent != null) {
                parent[0] = true;
            }
        }

        /** Links are judged as the cleaner's own parse places them, on this site; the cell's tree has no base. */
        private boolean safe(String name, Element source, Attribute attribute) {
            if (name.equals("a") && attribute.getKey().equals("href")) {
                return EventMarkup.evidentlySafeLink(attribute.getValue())
                        || formatting.isSafeAttribute(name, onSite(source), attribute);
            }
            return formatting.isSafeAttribute(name, source, attribute);
        }

        private Element onSite(Element link) {
            Element judged = new Element(Tag.valueOf("a"), site);
            judged.attr("href", link.attr("href"));
            return judged;
        }

        /** False at a character jsoup escapes by number (or by its reading of surrogates): jsoup writes that cell. */
        private boolean escape(String value, boolean text) {
            return Markup.appendAsJsoupWrites(html, value, 0, value.length(), text);
        }
    }
}
