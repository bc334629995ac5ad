package io.github.postmortems.storage;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The string a document was parsed from and where that string starts in the page: 0 for the page itself, the
 * CDATA start for a body that was stored as plain text and parsed on its own.
 *
 * @param cellMarkup where each table cell's content sits in {@code text}, when a parse without position tracking
 *                   could still tell (see {@link CellScan}); empty otherwise
 */
record ParsedSource(String text, int offset, Map<Element, SourceSpan> cellMarkup) {

    ParsedSource(String text, int offset) {
        this(text, offset, Map.of());
    }

    ParsedSource withCellMarkup(Map<Element, SourceSpan> spans) {
        return new ParsedSource(text, offset, spans instanceof IdentityHashMap ? spans : new IdentityHashMap<>(spans));
    }
}
