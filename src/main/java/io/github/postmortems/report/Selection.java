package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which postmortems to list or count, and in what order. Every criterion narrows the selection; an empty set means
 * "no restriction" for the filters people choose (spaces, labels, statuses).
 * <p>
 * Permissions are the caller's: the index does not know who is looking. A caller restricts the selection to what the
 * viewer may see with {@link #visibleIn(Collection)} (space keys) and/or {@link #visiblePages(Collection)} (page ids).
 * Unlike the other filters these are allow-lists: absent means unrestricted, present-but-empty means nothing is
 * visible. Each allow-list is bound as one {@code IN (...)} list, so keep it within {@value #MAX_ALLOW_LIST} entries
 * (Oracle's limit); a caller with more restrictions filters spaces first.
 *
 * @param spaceKeys           postmortems in any of these spaces; empty = every space
 * @param labels              postmortems with any of these tags; empty = any
 * @param minimumSeverityRank only rank ≤ this (1 = most severe); null = any, including postmortems without one
 * @param statuses            any of these statuses; empty = any
 * @param startFrom           incidents starting at or after this; null = no lower bound
 * @param startBefore         incidents starting before this; null = no upper bound
 * @param visibleSpaces       allow-list of space keys; null = unrestricted
 * @param visiblePageIds      allow-list of page ids; null = unrestricted
 * @param hiddenPageIds       deny-list of page ids (the ones the viewer may not see in the visible spaces); empty =
 *                            none, at most {@value #MAX_ALLOW_LIST} as the allow-lists
 * @param followUpDueBy       only postmortems whose follow-up review falls on or before this day while some
 *                            countermeasure is neither verified nor declined; null = any (issue 16)
 */
public record Selection(Set<String> spaceKeys, Set<String> labels, Integer minimumSeverityRank,
                        Set<PostmortemStatus> statuses, Instant startFrom, Instant startBefore, Sort sort,
                        Set<String> visibleSpaces, Set<Long> visiblePageIds, Set<Long> hiddenPageIds,
                        LocalDate followUpDueBy) {

    public static final int MAX_ALLOW_LIST = 1000;

    private static final Selection ALL =
            new Selection(Set.of(), Set.of(), null, Set.of(), null, null, Sort.START_DESC, null, null, Set.of(), null);

    public Selection {
        spaceKeys = Set.copyOf(spaceKeys);
        labels = Set.copyOf(new Tags(labels.stream().toList()).values());
        if (minimumSeverityRank != null && minimumSeverityRank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + minimumSeverityRank);
        }
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sort = sort == null ? Sort.START_DESC : sort;
        visibleSpaces = allowList(visibleSpaces);
        visiblePageIds = allowList(visiblePageIds);
        hiddenPageIds = allowList(hiddenPageIds == null ? Set.of() : hiddenPageIds);
    }

    /** Every postmortem, latest first. */
    public static Selection all() {
        return ALL;
    }

    public Selection inSpaces(Collection<String> keys) {
        return new Selection(Set.copyOf(keys), labels, minimumSeverityRank, statuses, startFrom, startBefore, sort,
                visibleSpaces, visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    public Selection withAnyLabel(Collection<String> anyOf) {
        return new Selection(spaceKeys, Set.copyOf(anyOf), minimumSeverityRank, statuses, startFrom, startBefore,
                sort, visibleSpaces, visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    public Selection atLeastSeverity(int rank) {
        return new Selection(spaceKeys, labels, rank, statuses, startFrom, startBefore, sort, visibleSpaces,
                visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    public Selection withStatuses(Collection<PostmortemStatus> anyOf) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, Set.copyOf(anyOf), startFrom, startBefore, sort,
                visibleSpaces, visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    /** Incidents that started in [{@code from}, {@code before}); either may be null for an open end. */
    public Selection startingBetween(Instant from, Instant before) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, from, before, sort, visibleSpaces,
                visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    /** Postmortems whose follow-up review is due by {@code day} and not all countermeasures are settled. */
    public Selection followUpDueBy(LocalDate day) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, startFrom, startBefore, sort,
                visibleSpaces, visiblePageIds, hiddenPageIds, day);
    }

    public Selection sortedBy(Sort order) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, startFrom, startBefore,
                Objects.requireNonNull(order, "order"), visibleSpaces, visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    /** Only postmortems in these spaces (the ones the viewer may see). */
    public Selection visibleIn(Collection<String> spaces) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, startFrom, startBefore, sort,
                Set.copyOf(spaces), visiblePageIds, hiddenPageIds, followUpDueBy);
    }

    /** Only these pages (the ones the viewer may see). */
    public Selection visiblePages(Collection<Long> pageIds) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, startFrom, startBefore, sort,
                visibleSpaces, Set.copyOf(pageIds), hiddenPageIds, followUpDueBy);
    }

    /** Not these pages (the ones the viewer may not see), besides the allow-lists. */
    public Selection withoutPages(Collection<Long> pageIds) {
        return new Selection(spaceKeys, labels, minimumSeverityRank, statuses, startFrom, startBefore, sort,
                visibleSpaces, visiblePageIds, Set.copyOf(pageIds), followUpDueBy);
    }

    /**
     * Whether the index's query for this selection finds {@code summary} (as the index holds it): every criterion and
     * allow-list as the query writes them, for numbers carried across a write.
     */
    public boolean includes(PostmortemSummary summary) {
        Instant start = summary.start();
        return (spaceKeys.isEmpty() || spaceKeys.contains(summary.spaceKey()))
                && (visibleSpaces == null || visibleSpaces.contains(summary.spaceKey()))
                && (visiblePageIds == null || visiblePageIds.contains(summary.pageId()))
                && !hiddenPageIds.contains(summary.pageId())
                && (labels.isEmpty() || summary.tags().values().stream().anyMatch(labels::contains))
                && (minimumSeverityRank == null
                        || summary.severityRank() != null && summary.severityRank() <= minimumSeverityRank)
                && (statuses.isEmpty() || statuses.contains(summary.status()))
                && (startFrom == null || start != null && !start.isBefore(startFrom))
                && (startBefore == null || start != null && start.isBefore(startBefore))
                && (followUpDueBy == null || summary.followUpDueBy(followUpDueBy));
    }

    public Optional<Set<String>> visibleSpacesIfRestricted() {
        return Optional.ofNullable(visibleSpaces);
    }

    public Optional<Set<Long>> visiblePageIdsIfRestricted() {
        return Optional.ofNullable(visiblePageIds);
    }

    private static <T> Set<T> allowList(Set<T> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > MAX_ALLOW_LIST) {
            throw new IllegalArgumentException("an allow-list holds at most " + MAX_ALLOW_LIST + " entries: "
                    + values.size());
        }
        return Set.copyOf(values);
    }
}
