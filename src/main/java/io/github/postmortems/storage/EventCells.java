package io.github.postmortems.storage;

import org.jsoup.nodes.Element;

import java.util.Optional;

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
         * The cell's content as jsoup's cleaner writes what {@code allowlist} keeps of it (no pretty printing, base
         * entities, UTF-8); empty where that needs jsoup's own parse.
         */
        Optional<String> allowed(Allowlist allowlist);
    }

    /**
     * What an allowlist keeps, as jsoup's cleaner judges it with its {@code Safelist}: an allowlist whose only
     * verdict that depends on a value is a link's target ({@code href} on {@code a}).
     */
    interface Allowlist {

        boolean keepsElement(String name);

        /** Whether the attribute is kept on that element; not asked for a link's target. */
        boolean keepsAttribute(String element, String key);

        /** Whether a link's target is kept, judged as on this site. */
        boolean keepsLink(String target);
    }
}
