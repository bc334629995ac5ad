package io.github.postmortems.incident;

import java.util.Map;
import java.util.Set;

/**
 * What was drafted into each page created from an incident: the fingerprint ({@link RowPrint}) of every drafted
 * row as the page was created, keyed by the row's source ({@link DraftRow#source()}, {@code link:OPS-7}, ...). The
 * macros show the "From Jira" mark only on rows that still read as drafted; an edited row reads as a person's.
 * Implemented in Active Objects ({@code index.AoDraftedRows}).
 */
public interface DraftedRowMemory {

    /** At most this many rows are remembered per page (the dialog offers at most {@code DraftedRows.MAX_ROWS}). */
    int MAX_ROWS = 1_000;
    /** Sources longer than this are cut (the dialog's own limit is 200). */
    int MAX_SOURCE = 200;

    /** A memory that knows no page: every lozenge reads as written (tests, and pages created before it existed). */
    DraftedRowMemory NONE = new DraftedRowMemory() {
        @Override
        public void remember(long pageId, Map<String, String> printsBySource) {
        }

        @Override
        public Set<String> prints(long pageId) {
            return Set.of();
        }
    };

    /**
     * Remembers the drafted rows of a newly created page, replacing whatever was remembered for it; prints that are
     * not fingerprints are left out, and rows past {@link #MAX_ROWS}.
     */
    void remember(long pageId, Map<String, String> printsBySource);

    /** The fingerprints remembered for the page, in one query; empty when none (or the page was not drafted). */
    Set<String> prints(long pageId);
}
