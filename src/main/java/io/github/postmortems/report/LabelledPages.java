package io.github.postmortems.report;

import java.util.List;

/** The pages labelled {@code postmortem}, a slice at a time (Confluence's label index in Confluence). */
public interface LabelledPages {

    /** At most {@code limit} ids after skipping {@code offset}, and how many there are in all. */
    Slice postmortemPages(int offset, int limit);

    /**
     * @param pageIds the pages in this slice
     * @param read    how many labelled items the slice covered (pages or not): the next offset moves by this
     * @param total   how many labelled items there are in all
     */
    record Slice(List<Long> pageIds, int read, int total) {
        public Slice {
            pageIds = List.copyOf(pageIds);
        }
    }
}
