package io.github.postmortems.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where postmortem summaries are kept for listing and counting (Active Objects in Confluence): one per page.
 * It does not check permissions; callers restrict a {@link Selection} to what the viewer may see.
 */
public interface PostmortemIndex {

    /** Inserts the summary, or replaces the one kept for its page. */
    void upsert(PostmortemSummary summary);

    /** Forgets the page; nothing happens when it was not indexed. */
    void remove(long pageId);

    Optional<PostmortemSummary> byPage(long pageId);

    /** One page of the selection in its order: skips {@code offset} summaries, returns at most {@code limit}. */
    List<PostmortemSummary> find(Selection selection, int offset, int limit);

    /**
     * Every page of the selection with its space, in the selection's order: what a permission check needs and no
     * more, so a list can check a large selection without reading whole summaries.
     */
    void forEachPage(Selection selection, PageVisitor visitor);

    /**
     * The pages of the selection written after {@code since}, with their space: what a
     * list checks to carry a viewer's checks forward to a later generation. Removed pages are not among them. This
     * default walks every page of the selection, which is never wrong, only slow.
     */
    default void forEachPageWrittenSince(Selection selection, Generation since, PageVisitor visitor) {
        forEachPage(selection, visitor);
    }

    /**
     * The numbers for the whole selection (its sort is ignored), with monthly counts for the {@code months} calendar
     * months up to and including {@code today}'s, months as seen in {@code zone}.
     *
     * @param today the reader's day: open countermeasures due before it are overdue
     */
    Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone);

    /**
     * {@link #statistics} with, for each median, the values around the middle, so that the numbers can be kept exact
     * across later writes without counting again. This default tells no middle: the numbers are counted again.
     */
    default Counted counted(Selection selection, LocalDate today, int months, ZoneId zone) {
        return new Counted(statistics(selection, today, months, zone), null, null);
    }

    /**
     * Every write from {@code since} to {@code now}, in order, each page as it was and as it is, when this node made
     * every one of them, remembers them, and each found the generation the one before it left: then numbers counted
     * at {@code since} become those at {@code now} by applying them. Empty otherwise (another node wrote, or the
     * writes are forgotten): count again.
     */
    default Optional<List<Write>> writesBetween(Generation since, Generation now) {
        return Optional.empty();
    }

    /**
     * A token that every write to the index replaces, on every node of a cluster, and the number of that write: what
     * is remembered of a selection under one token is current while the index still answers that token. Read it
     * before what it guards, so that what is remembered is never older than its token. Empty when this index cannot
     * tell; nothing read from it may then be remembered.
     */
    default Optional<Generation> generation() {
        return Optional.empty();
    }

    /** Called for each page of a selection. */
    @FunctionalInterface
    interface PageVisitor {
        void page(long pageId, String spaceKey);
    }
}
