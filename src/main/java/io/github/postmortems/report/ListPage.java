package io.github.postmortems.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One page of a viewer's postmortem list: the visible rows from an offset, counted in visible rows.
 *
 * @param offset how many visible rows come before these
 * @param more   whether visible rows follow these
 */
public record ListPage(ListQuery query, int offset, List<PostmortemSummary> rows, boolean more) {

    public ListPage {
        Objects.requireNonNull(query, "query");
        if (offset < 0) {
            throw new IllegalArgumentException("offset below zero: " + offset);
        }
        rows = List.copyOf(rows);
    }

    /** Where the next page starts, when there is one. */
    public OptionalInt nextOffset() {
        return more ? OptionalInt.of(offset + rows.size()) : OptionalInt.empty();
    }
}
