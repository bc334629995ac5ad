package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.WrittenAsParsed;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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

    static Optional<String> clean(Element cell, String markup, Safelist formatting, String site,
                                  Document.OutputSettings output) {
        if (!nestedAsHtml(cell) || !WrittenAsParsed.children(markup, cell)) {
            return Optional.empty();
        }
        Document clean = Document.createShell(site);
        clean.outputSettings(output);
        NodeTraversor.traverse(new Copy(clean.body(), formatting, site), cell);
        return Optional.of(clean.body().html());
    }

    /** One walk with counters and a stack, stopping at the first node the HTML parser would read otherwise. */
    private static boolean nestedAsHtml(Element cell) {
        int[] paragraphs = {0};
        int[] links = {0};
        Deque<String> listScope = new ArrayDeque<>();
        NodeFilter.FilterResult walk = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == cell) {
                    return FilterResult.CONTINUE;
                }
                if (node.getClass() == TextNode.class) {
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || !AS_WRITTEN.contains(e.tagName()) || !lowerCaseNames(e)) {
                    return FilterResult.STOP;
                }
                String name = e.tagName();
                if (CLOSE_PARAGRAPH.contains(name) && paragraphs[0] > 0
                        || name.equals("a") && links[0] > 0
                        || name.equals("li") && "li".equals(listScope.peek())) {
                    return FilterResult.STOP;
                }
                paragraphs[0] += name.equals("p") ? 1 : 0;
                links[0] += name.equals("a") ? 1 : 0;
                if (LIST_ITEM_SCOPE.contains(name)) {
                    listScope.push(name);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != cell && node instanceof Element e) {
                    paragraphs[0] -= e.tagName().equals("p") ? 1 : 0;
                    links[0] -= e.tagName().equals("a") ? 1 : 0;
                    if (LIST_ITEM_SCOPE.contains(e.tagName())) {
                        listScope.pop();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return walk != NodeFilter.FilterResult.STOP;
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

    /** What jsoup's cleaner copies of a tree of allowed elements: each element with its safe attributes, the text. */
    private static final class Copy implements NodeVisitor {
        private final Safelist formatting;
        private final String site;
        private Element destination;
        private Element root;

        Copy(Element destination, Safelist formatting, String site) {
            this.destination = destination;
            this.formatting = formatting;
            this.site = site;
        }

        @Override
        public void head(Node node, int depth) {
            if (root == null) {
                root = (Element) node;
            } else if (node instanceof Element source) {
                if (!formatting.isSafeTag(source.tagName())) {
                    return; // dropped, as the cleaner drops it; it has no content to keep (void)
                }
                Element copy = new Element(Tag.valueOf(source.tagName()), site);
                // Links are judged as the cleaner's own parse places them, on this site; the cell's tree has no base.
                Element judged = source.tagName().equals("a") ? onSite(source) : source;
                for (Attribute attribute : source.attributes()) {
                    if (formatting.isSafeAttribute(source.tagName(), judged, attribute)) {
                        copy.attr(attribute.getKey(), attribute.getValue());
                    }
                }
                destination.appendChild(copy);
                destination = copy;
            } else if (node instanceof TextNode text) {
                destination.appendChild(new TextNode(text.getWholeText()));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node != root && node instanceof Element e && formatting.isSafeTag(e.tagName())) {
                destination = destination.parent();
            }
        }

        private Element onSite(Element link) {
            Element judged = new Element(Tag.valueOf("a"), site);
            if (link.hasAttr("href")) {
                judged.attr("href", link.attr("href"));
            }
            return judged;
        }
    }
}
