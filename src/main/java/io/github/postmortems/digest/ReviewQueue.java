package io.github.postmortems.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * The postmortems waiting for review or past their follow-up day. Behind an interface because the review records are
 * being built beside this (issue 16, items 2 and 7): today's answer reads the index's status column, and a later one
 * can read the review records without the digest changing.
 */
public interface ReviewQueue {

    /** At most {@code limit}, in a stable order. */
    List<WaitingPostmortem> waiting(LocalDate today, int limit);
}
