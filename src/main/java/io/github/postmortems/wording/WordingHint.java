package io.github.postmortems.wording;

import java.util.Objects;

/**
 * One phrase on a page that the blameless practice warns against, as the index keeps it: language-neutral (the
 * kind, not a text), so the label and suggestion are given in the language of whoever reads it.
 *
 * @param excerpt  the words around the phrase as written, at most {@link #MAX_EXCERPT} characters, with "…" where
 *                 cut; a mention is {@link Mentions#OPEN}{@code k:<user key>}{@link Mentions#CLOSE} (or {@code u:}
 *                 and a user name), resolved to a display name when shown
 * @param markFrom where the phrase starts in the excerpt
 * @param markTo   where it ends (exclusive); the phrase is never empty
 * @param section  the heading above the phrase as written; "" above the first heading
 * @param offset   where the phrase starts in the page's text (its order on the page)
 */
public record WordingHint(HintKind kind, String excerpt, int markFrom, int markTo, String section, Place place,
                          int offset) {

    /** The longest excerpt kept: the phrase and some words either side fit, and so does a database column. */
    public static final int MAX_EXCERPT = 400;
    /** The longest section title kept. */
    public static final int MAX_SECTION = 200;

    public WordingHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(place, "place");
        section = section == null ? "" : section;
        if (excerpt.length() > MAX_EXCERPT || section.length() > MAX_SECTION) {
            throw new IllegalArgumentException("excerpt or section too long: " + excerpt.length() + ", "
                    + section.length());
        }
        if (markFrom < 0 || markTo <= markFrom || markTo > excerpt.length()) {
            throw new IllegalArgumentException("the phrase lies inside the excerpt: " + markFrom + ".." + markTo
                    + " of " + excerpt.length());
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offsets are not negative: " + offset);
        }
    }

    /** The phrase as found. */
    public String phrase() {
        return excerpt.substring(markFrom, markTo);
    }
}
