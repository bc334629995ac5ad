package io.github.postmortems.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * The open countermeasures that have an owner and a due day, per page: written when a page is indexed, read by the
 * digest with one bounded query on the due day, so that the weekly run never reads pages.
 */
public interface OwnerDues {

    /** Replaces what is kept for the page. */
    void replace(long pageId, List<DueCountermeasure> dues);

    void remove(long pageId);

    /** Those due on or before {@code lastDay}, earliest first, at most {@code limit}. */
    List<DueCountermeasure> dueBy(LocalDate lastDay, int limit);

    /** Keeps nothing: indexing without the digest (the list's own tests and benchmarks). */
    OwnerDues NOT_KEPT = new OwnerDues() {
        @Override
        public void replace(long pageId, List<DueCountermeasure> dues) {
        }

        @Override
        public void remove(long pageId) {
        }

        @Override
        public List<DueCountermeasure> dueBy(LocalDate lastDay, int limit) {
            return List.of();
        }
    };
}
