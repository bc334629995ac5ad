package io.github.postmortems.wording;

import java.util.List;

/**
 * The hints found on one page, in page order: the first {@link #MAX_KEPT} of them, and how many there were in all.
 *
 * @param found every hint the page gave, kept or not
 */
public record WordingReport(List<WordingHint> hints, int found) {

    /** The most hints kept for one page: enough to act on, bounded for the card and the index. */
    public static final int MAX_KEPT = 50;

    public static final WordingReport NONE = new WordingReport(List.of(), 0);

    public WordingReport {
        hints = List.copyOf(hints);
        if (hints.size() > MAX_KEPT) {
            throw new IllegalArgumentException("at most " + MAX_KEPT + " hints are kept: " + hints.size());
        }
        if (found < hints.size()) {
            throw new IllegalArgumentException("found " + found + " but kept " + hints.size());
        }
    }

    /** Found but not kept: the card's "and N more". */
    public int more() {
        return found - hints.size();
    }

    public boolean isEmpty() {
        return found == 0;
    }
}
