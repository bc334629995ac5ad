package io.github.postmortems.report;

import java.util.Objects;

/**
 * One write to the index as the node that made it saw it: the generation it found and the one it left, and the page
 * as it was and as it is, so that numbers counted before it can be brought after it without counting again.
 *
 * @param before the generation the write found, read before it took the generation's lock
 * @param after  the generation it left
 * @param was    the page as the index held it before; null when it was not indexed
 * @param is     the page as the index holds it now; null when it was removed
 */
public record Write(Generation before, Generation after, PostmortemSummary was, PostmortemSummary is) {

    public Write {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (was == null && is == null) {
            throw new IllegalArgumentException("a write changes a page");
        }
    }
}
