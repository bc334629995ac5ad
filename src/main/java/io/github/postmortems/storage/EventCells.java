package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sees each timeline row's event cell as the reader parsed it, beside the markup kept as the entry's rich text, so a
 * view can work from the tree instead of parsing that markup again. The tree belongs to the reading: look, never
 * change it.
 */
public interface EventCells {

    /** For readings nobody shows. */
    EventCells NONE = (row, cell, markup) -> {
    };

    /**
     * @param row    the row's number, as its entry or unreadable row carries it
     * @param cell   the parsed {@code td} or {@code th}
     * @param markup the cell's markup, the very string the row's rich text is
     */
    void read(int row, Element cell, String markup);

    /**
     * The same for a cell read without a tree (see {@code FlatMarkup}): it writes its allowed markup itself. Views
     * that do not take it clean the markup as they would any other.
     */
    default void read(int row, Written cell, String markup) {
    }

    /** An event cell that writes the part of itself an allowlist keeps. */
    interface Written {

        /**
         * The cell's content as jsoup's cleaner writes it with {@code formatting} (relative links judged on
         * {@code site}; no pretty printing, base entities, UTF-8); empty where that needs jsoup's own parse.
         *
         * @param evidentlySafeLink link targets any such allowlist keeps without looking further
         */
        Optional<String> allowed(Safelist formatting, String site, Predicate<String> evidentlySafeLink);
    }
}
