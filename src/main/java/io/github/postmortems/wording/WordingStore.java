package io.github.postmortems.wording;

/**
 * Where each postmortem page's wording hints are kept (Active Objects in Confluence): written when the page is
 * indexed, read when its details card is shown, so a view never scans the page.
 */
public interface WordingStore {

    /**
     * Keeps nothing and has nothing: for indexing that only serves the list (its tests and benchmarks), never wired
     * into Confluence.
     */
    WordingStore NOT_KEPT = new WordingStore() {
        @Override
        public void replace(long pageId, WordingReport report) {
        }

        @Override
        public void remove(long pageId) {
        }

        @Override
        public WordingReport byPage(long pageId) {
            return WordingReport.NONE;
        }
    };

    /** Replaces what was kept for the page; an empty report leaves nothing. */
    void replace(long pageId, WordingReport report);

    /** Forgets the page; nothing happens when nothing was kept. */
    void remove(long pageId);

    /** What was kept for the page; {@link WordingReport#NONE} when nothing was (not indexed yet, or no hints). */
    WordingReport byPage(long pageId);
}
