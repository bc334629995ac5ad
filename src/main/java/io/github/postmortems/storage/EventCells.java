package io.github.postmortems.storage;

import org.jsoup.nodes.Element;

/**
 * Sees each timeline row's event cell as the reader parsed it, beside the markup kept as the entry's rich text, so a
 * view can work from the tree instead of parsing that markup again. The tree belongs to the reading: look, never
 * change it.
 */
@FunctionalInterface
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
}
