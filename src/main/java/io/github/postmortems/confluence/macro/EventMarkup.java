package io.github.postmortems.confluence.macro;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The timeline's event text as it may reach a reader's browser: the cell's markup cut down to an allowlist of
 * formatting (paragraphs, breaks, emphasis, code, lists, quotes, Confluence's user and page links and status
 * lozenges, times), links only to http, https, mailto or this site. Scripts, event handlers, frames, styles and
 * {@code javascript:} links are dropped, keeping their text where they have any.
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

    private EventMarkup() {
    }

    static String safe(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, SITE, FORMATTING, AS_GIVEN);
    }
}
