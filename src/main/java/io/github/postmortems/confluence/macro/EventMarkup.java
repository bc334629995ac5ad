package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.EventCells;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The timeline's event text as it may reach a reader's browser: the cell's markup cut down to an allowlist of
 * formatting (paragraphs, breaks, emphasis, code, lists, quotes, Confluence's user and page links and status
 * lozenges, times), links only to http, https, mailto or this site. Scripts, event handlers, frames, styles and
 * {@code javascript:} links are dropped, keeping their text where they have any.
 *
 * <p>One instance serves one view: it remembers which link targets it judged, because a long timeline links the
 * same people, runbooks and issues again and again, and judging one resolves it as a URL.
 */
final class EventMarkup {

    /** Relative links are checked as if on this origin, then kept as written. */
    private static final String SITE = "https://confluence.invalid/";
    private static final Safelist FORMATTING = new Safelist()
            .addTags("p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "code",
                    "pre", "kbd", "ul", "ol", "li", "blockquote", "a", "time")
            .addAttributes("a", "href", "title", "class", "data-username")
            .addAttributes("span", "class", "title", "data-jira-key")
            .addAttributes("code", "class")
            .addAttributes("time", "datetime")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings AS_GIVEN = new Document.OutputSettings().prettyPrint(false);
    /** Link targets remembered per view; past this many (a crafted page) each further one is judged on its own. */
    static final int MAX_REMEMBERED_LINKS = 4_096;

    private final Safelist formatting = new RememberingLinks();
    private final EventCells.Allowlist allowlist = new Verdicts(formatting);
    /** The event cells of the reading this view shows, by row; bounded by the rows a table may have. */
    private final Map<Integer, ParsedCell> cells = new HashMap<>();

    /** Keeps each event cell the reader parsed, so {@link #safe(int, String)} can clean it without parsing again. */
    EventCells cellsRead() {
        return new EventCells() {
            @Override
            public void read(int row, Element cell, String markup) {
                cells.put(row, new ParsedCell(markup, () -> ParsedEventText.clean(cell, markup, formatting, SITE,
                        AS_GIVEN)));
            }

            @Override
            public void read(int row, Written cell, String markup) {
                cells.put(row, new ParsedCell(markup, () -> cell.allowed(allowlist)));
            }
        };
    }

    /** An event cell as the reader read it, and its text cleaned from that reading (empty where it cannot tell). */
    private record ParsedCell(String markup, Supplier<Optional<String>> cleaned) {
    }

    /** The event text of that row: cleaned from the cell as read when that is what parsing it again would give. */
    String safe(int row, String html) {
        ParsedCell parsed = cells.get(row);
        if (parsed == null || html == null || html.isBlank() || !html.equals(parsed.markup()) || html.contains("<ac:link")) {
            return safe(html);
        }
        return parsed.cleaned().get().orElseGet(() -> safe(html));
    }

    Safelist formattingForTests() {
        return formatting;
    }

    EventCells.Allowlist allowlistForTests() {
        return allowlist;
    }

    /**
     * The allowlist's verdicts as a cell read flat asks for them: each element name's remembered (jsoup makes a key
     * object each time it is asked), attributes judged by {@link RememberingLinks}, a link on this site.
     */
    private static final class Verdicts implements EventCells.Allowlist {
        private final Safelist formatting;
        private final Map<String, Boolean> elements = new HashMap<>();
        /** Stands in for the element of an attribute whose verdict depends on names alone. */
        private final Element anyElement = new Element("span");

        Verdicts(Safelist formatting) {
            this.formatting = formatting;
        }

        @Override
        public boolean keepsElement(String name) {
            Boolean known = elements.get(name);
            if (known == null) {
                known = formatting.isSafeTag(name);
                if (elements.size() < MAX_REMEMBERED_LINKS) {
                    elements.put(name, known);
                }
            }
            return known;
        }

        /** {@link RememberingLinks} remembers these verdicts by element and attribute name. */
        @Override
        public boolean keepsAttribute(String element, String key) {
            return formatting.isSafeAttribute(element, anyElement, new Attribute(key, ""));
        }

        @Override
        public boolean keepsLink(String target) {
            if (evidentlySafeLink(target)) {
                return true;
            }
            Element onSite = new Element(org.jsoup.parser.Tag.valueOf("a"), SITE);
            onSite.attr("href", target);
            return formatting.isSafeAttribute("a", onSite, new Attribute("href", target));
        }
    }

    /** The allowlist as jsoup judges it, without this view's memory or shortcuts: what the tests compare with. */
    static Safelist plainFormattingForTests() {
        return new Safelist(FORMATTING);
    }

    /**
     * A link target jsoup's allowlist keeps without resolving it: one that starts with an allowed protocol (it resolves
     * to that protocol, or fails to resolve and is judged as written), or with one slash and then no second (a path on
     * this site, resolved against {@link #SITE}'s https). Anything else is judged by jsoup, which resolves it.
     */
    static boolean evidentlySafeLink(String target) {
        if (target.length() > 1 && target.charAt(0) == '/') {
            return target.charAt(1) != '/' && target.charAt(1) != '\\';
        }
        if (target.startsWith("https:") || target.startsWith("http:")) {
            return true; // as most links are written: told without comparing case by case
        }
        return target.regionMatches(true, 0, "https:", 0, 6) || target.regionMatches(true, 0, "http:", 0, 5)
                || target.regionMatches(true, 0, "mailto:", 0, 7);
    }

    static String siteForTests() {
        return SITE;
    }

    static Document.OutputSettings outputForTests() {
        return AS_GIVEN;
    }

    String safe(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String markup = html.contains("<ac:link") ? storageLinksAsText(html) : html;
        return Jsoup.clean(markup, SITE, formatting, AS_GIVEN);
    }

    /**
     * The allowlist, with each link target's verdict kept: for an {@code href} on {@code a} it depends on the value
     * alone (resolved against {@link #SITE}, never rewritten, as relative links are preserved). Each of the two
     * memories holds at most {@link #MAX_REMEMBERED_LINKS} verdicts.
     */
    private static final class RememberingLinks extends Safelist {

        private final Map<String, Boolean> links = new HashMap<>();
        /**
         * Verdicts on every other attribute, by element and attribute name: no protocol or enforced value applies to
         * them, so the names are all a verdict depends on (and judging one allocates a key object for each name).
         */
        private final Map<String, Map<String, Boolean>> names = new HashMap<>();
        private int namesRemembered;

        RememberingLinks() {
            super(FORMATTING);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!tagName.equals("a") || !attribute.getKey().equals("href")) {
                return byName(tagName, element, attribute);
            }
            if (evidentlySafeLink(attribute.getValue())) {
                return true;
            }
            Boolean known = links.get(attribute.getValue());
            if (known != null) {
                return known;
            }
            boolean safe = super.isSafeAttribute(tagName, element, attribute);
            if (links.size() < MAX_REMEMBERED_LINKS) {
                links.put(attribute.getValue(), safe);
            }
            return safe;
        }

        private boolean byName(String tagName, Element element, Attribute attribute) {
            Map<String, Boolean> byKey = names.get(tagName);
            Boolean known = byKey == null ? null : byKey.get(attribute.getKey());
            if (known != null) {
                return known;
            }
            boolean safe = super.isSafeAttribute(tagName, element, attribute);
            if (namesRemembered < MAX_REMEMBERED_LINKS) {
                names.computeIfAbsent(tagName, name -> new HashMap<>()).put(attribute.getKey(), safe);
                namesRemembered++;
            }
            return safe;
        }
    }

    /**
     * Storage format's links to pages and files as the text a reader sees: the link's own text, else the page's title
     * or the file's name. The allowlist would leave nothing of them (Confluence renders them; a storage body is not).
     */
    private static String storageLinksAsText(String storage) {
        Document fragment = Jsoup.parse(storage, "", Parser.xmlParser());
        fragment.outputSettings().prettyPrint(false);
        for (Element link : fragment.getElementsByTag("ac:link")) {
            Element body = child(link, "ac:link-body");
            Element plain = child(link, "ac:plain-text-link-body");
            if (body != null) {
                // The body's content takes the link's place in one move each, however much it holds; links nested
                // in it stay in the list above and are read in turn.
                link.children().stream().filter(target -> target != body).forEach(Element::remove);
                body.unwrap();
                link.unwrap();
            } else if (plain != null) {
                link.replaceWith(new TextNode(plain.wholeText()));
            } else {
                named(link).ifPresent(name -> link.replaceWith(new TextNode(name)));
            }
        }
        return fragment.html();
    }

    /** A direct child only: searching each link's whole inside would be quadratic in links nested in links. */
    private static Element child(Element parent, String name) {
        for (Element child : parent.children()) {
            if (child.normalName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static Optional<String> named(Element link) {
        for (Element target : link.children()) {
            String name = switch (target.normalName()) {
                case "ri:page", "ri:blog-post" -> target.attr("ri:content-title");
                case "ri:attachment" -> target.attr("ri:filename");
                default -> "";
            };
            if (!name.isBlank()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
