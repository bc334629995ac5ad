package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * The details card's "Wording to reconsider" for someone who may edit the page: one line per phrase the blameless
 * practice warns against, as the index found them. Every text is final and escaped by the template.
 *
 * @param summary what the collapsed section says, with the count ("Wording to reconsider (3)")
 * @param more    "and N more" when the page gave more than were kept; "" otherwise
 */
public record WordingSection(String summary, String intro, List<WordingLine> lines, String more) {

    /** Nothing to show: a reader, a page with no hints or not indexed yet, static output. */
    public static final WordingSection NONE = new WordingSection("", "", List.of(), "");

    public WordingSection {
        lines = List.copyOf(lines);
    }

    public boolean shown() {
        return !lines.isEmpty();
    }

    public boolean hasMore() {
        return !more.isEmpty();
    }

    /**
     * One hint: where it is, its kind, the words around it with the phrase marked, what to write instead.
     *
     * @param excerpt the words in order; a mention shows as its person's name
     */
    public record WordingLine(String where, String kind, List<Piece> excerpt, String suggestion) {

        public WordingLine {
            excerpt = List.copyOf(excerpt);
        }
    }

    /** Words of an excerpt; {@code marked}: the phrase itself. */
    public record Piece(String text, boolean marked) {
    }
}
