package io.github.postmortems.wording;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A page's prose as people wrote it, block by block, for the wording check: the storage format parsed leniently as
 * XML and walked without recursion. Left out: code ({@code pre}, {@code code}, the code and noformat macros), quotes
 * ({@code blockquote}: someone's words, kept as evidence), the template's placeholders, macro parameters and plain
 * bodies, task metadata. A mention ({@code ri:user}) becomes a {@link Mentions} marker.
 */
final class ProseReader {

    /** The most markup read (as the page readers): a page beyond it is checked up to there. */
    static final int MAX_MARKUP_CHARS = 8_000_000;

    private static final Set<String> SKIPPED = Set.of("pre", "code", "blockquote", "script", "style",
            "ac:placeholder", "ac:parameter", "ac:plain-text-body", "ac:plain-text-link-body", "ac:task-id",
            "ac:task-uuid", "ac:task-status", "ac:emoticon", "ac:image", "ri:attachment", "ri:page", "ri:url",
            "time");
    private static final Set<String> CODE_MACROS = Set.of("code", "noformat");
    private static final Set<String> MACROS = Set.of("ac:structured-macro", "ac:macro");
    private static final Map<String, Place> PLACES = Map.of("postmortem-details", Place.DETAILS,
            "incident-timeline", Place.TIMELINE, "countermeasures", Place.COUNTERMEASURES);
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "tr", "table", "tbody", "thead", "ul",
            "ol", "div", "br", "hr", "dd", "dt", "dl", "ac:task", "ac:task-body", "ac:task-list", "ac:rich-text-body",
            "ac:layout", "ac:layout-section", "ac:layout-cell", "h1", "h2", "h3", "h4", "h5", "h6");

    private ProseReader() {
    }

    /** Hands each non-empty block to {@code blocks}, in page order. */
    static void read(String storage, Consumer<ProseBlock> blocks) {
        String markup = storage == null ? "" : storage.length() > MAX_MARKUP_CHARS
                ? storage.substring(0, MAX_MARKUP_CHARS) : storage;
        Element root = Jsoup.parse(markup, "", Parser.xmlParser());
        Walk walk = new Walk(blocks);
        root.filter(walk);
        walk.flush();
    }

    /** The walk's state: the block being written, the heading above it and the macro it is in. */
    private static final class Walk implements NodeFilter {

        private final Consumer<ProseBlock> blocks;
        private final StringBuilder text = new StringBuilder();
        /** The macros of ours we are inside, outermost first (a page may nest them; depth is the page's). */
        private final List<Element> macros = new ArrayList<>();
        private final StringBuilder heading = new StringBuilder();
        private Element inHeading;
        private String section = "";
        private int offset;

        Walk(Consumer<ProseBlock> blocks) {
            this.blocks = blocks;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY; // comments, declarations
            }
            String name = element.normalName().toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (MACROS.contains(name)) {
                String macro = element.attr("ac:name").toLowerCase(Locale.ROOT);
                if (CODE_MACROS.contains(macro)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                flush();
                if (PLACES.containsKey(macro)) {
                    macros.add(element);
                }
                return FilterResult.CONTINUE;
            }
            if (name.equals("ri:user")) {
                String key = element.attr("ri:userkey");
                mention(!key.isBlank() ? Mentions.ofKey(key) : !element.attr("ri:username").isBlank()
                        ? Mentions.ofUsername(element.attr("ri:username")) : Mentions.ofKey(""));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(name)) {
                flush();
                if (HEADINGS.contains(name) && inHeading == null) {
                    inHeading = element;
                    heading.setLength(0);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName().toLowerCase(Locale.ROOT);
                if (BLOCKS.contains(name) || MACROS.contains(name)) {
                    flush();
                }
                if (element == inHeading) {
                    inHeading = null;
                    section = headingText();
                }
                if (!macros.isEmpty() && macros.get(macros.size() - 1) == element) {
                    macros.remove(macros.size() - 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Text with white space collapsed; the private-use characters mentions use are dropped from what was typed. */
        private void append(String typed) {
            for (int i = 0; i < typed.length(); i++) {
                char c = typed.charAt(i);
                if (c == Mentions.OPEN || c == Mentions.CLOSE || c == 0) {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    if (inHeading != null && heading.length() < WordingHint.MAX_SECTION && !heading.isEmpty()
                            && heading.charAt(heading.length() - 1) != ' ') {
                        heading.append(' ');
                    }
                } else {
                    text.append(c);
                    if (inHeading != null && heading.length() < WordingHint.MAX_SECTION) {
                        heading.append(c);
                    }
                }
            }
        }

        /** A mention as a word of its own; a heading keeps no marker. */
        private void mention(String marker) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(marker).append(' ');
        }

        /** The heading as typed, within {@link WordingHint#MAX_SECTION} and never ending in half a character. */
        private String headingText() {
            String typed = heading.toString().strip();
            return !typed.isEmpty() && Character.isHighSurrogate(typed.charAt(typed.length() - 1))
                    ? typed.substring(0, typed.length() - 1) : typed;
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                String block = text.substring(0, end);
                Place place = macros.isEmpty() ? Place.TEXT : PLACES.get(macros.get(0).attr("ac:name")
                        .toLowerCase(Locale.ROOT));
                String under = inHeading != null ? headingText() : section;
                blocks.accept(new ProseBlock(block, under, place, offset));
                offset += block.length() + 1;
            }
            text.setLength(0);
        }
    }
}
