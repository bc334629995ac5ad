package io.github.postmortems.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The postmortem list's use case: the rows and numbers of a selection as one viewer may see them.
 * <p>
 * Permissions: spaces named in the selection are narrowed to those the viewer may see before the index is asked.
 * Then every candidate page of the selection is checked (page restrictions), space by space answered once, from the
 * index's page ids alone. When no candidate is hidden the index counts (its statistics) and only the shown rows are
 * read; when some are, the visible summaries are read and counted here, so a restricted page never shows in a
 * count, median or chart.
 */
public final class ListPostmortems {

    /** How many summaries are read from the index at a time while walking a selection. */
    public static final int BATCH = 500;
    public static final int CHART_MONTHS = 12;

    private final PostmortemIndex index;
    private final Clock clock;

    public ListPostmortems(PostmortemIndex index) {
        this(index, Clock.systemUTC());
    }

    public ListPostmortems(PostmortemIndex index, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The viewer's day: relative dates ("-90d") count back from it and countermeasures due before it are overdue. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** @param zone the viewer's zone: months of the chart are counted in it */
    public PostmortemList list(ListQuery query, Visibility visibility, ZoneId zone) {
        Selection selection = visibleSpaces(query.selection(), visibility);
        // First only page ids and spaces, for the permission checks: no whole summary is read for a page that is
        // neither a row nor (when some are hidden) counted here.
        Checks checks = new Checks(visibility);
        Set<Long> visible = new HashSet<>();
        int[] hidden = {0};
        index.forEachPage(selection, (pageId, spaceKey) -> {
            if (checks.maySee(spaceKey, pageId)) {
                visible.add(pageId);
            } else {
                hidden[0]++;
            }
        });
        List<PostmortemSummary> rows = new ArrayList<>();
        List<PostmortemSummary> counted = hidden[0] == 0 ? null : new ArrayList<>();
        // Rows, and the visible summaries when they are counted here: only pages just checked, so a page indexed
        // since the check is left out rather than shown unchecked.
        // With nothing hidden the first maxRows summaries are the rows; a few more allow for pages indexed since.
        int limit = counted == null ? Math.min(BATCH, query.maxRows() + BATCH / 10) : BATCH;
        for (int offset = 0; ; offset += limit) {
            List<PostmortemSummary> batch = index.find(selection, offset, limit);
            for (PostmortemSummary summary : batch) {
                if (visible.contains(summary.pageId())) {
                    if (rows.size() < query.maxRows()) {
                        rows.add(summary);
                    }
                    if (counted != null) {
                        counted.add(summary);
                    }
                }
            }
            boolean rowsOnly = counted == null;
            if (batch.size() < limit || rowsOnly && rows.size() >= Math.min(query.maxRows(), visible.size())) {
                break;
            }
        }
        LocalDate today = today(zone);
        Statistics statistics = counted == null
                ? index.statistics(selection, today, CHART_MONTHS, zone)
                : statistics(counted, today, CHART_MONTHS, zone);
        return new PostmortemList(query, rows, statistics, YearMonth.from(today).minusMonths(CHART_MONTHS - 1),
                CHART_MONTHS, today);
    }

    /**
     * The visible rows of a selection after the first {@code offset} visible ones, at most the query's maximum, and
     * whether more follow. Every page before and on this one is checked as {@link #list} checks it, so a hidden
     * page neither shows nor shifts the offset.
     */
    public ListPage page(ListQuery query, Visibility visibility, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset below zero: " + offset);
        }
        Selection selection = visibleSpaces(query.selection(), visibility);
        Checks checks = new Checks(visibility);
        List<PostmortemSummary> rows = new ArrayList<>();
        int seen = 0;
        for (int batchStart = 0; ; batchStart += BATCH) {
            List<PostmortemSummary> batch = index.find(selection, batchStart, BATCH);
            for (PostmortemSummary summary : batch) {
                if (!checks.maySee(summary.spaceKey(), summary.pageId())) {
                    continue;
                }
                if (rows.size() == query.maxRows()) {
                    return new ListPage(query, offset, rows, true); // one more visible row: the next page has it
                }
                if (seen++ >= offset) {
                    rows.add(summary);
                }
            }
            if (batch.size() < BATCH) {
                return new ListPage(query, offset, rows, false);
            }
        }
    }

    /**
     * Every postmortem of the selection the viewer may see, in the selection's order, for an export: a page of the
     * index at a time (one query each, at most {@link #BATCH} rows), so a
     * caller can fetch what belongs to them with one query per page too and never holds the whole selection.
     */
    public void forEachVisibleBatch(Selection selection, Visibility visibility,
                                    Consumer<List<PostmortemSummary>> each) {
        Selection spaces = visibleSpaces(selection, visibility);
        Checks checks = new Checks(visibility);
        for (int offset = 0; ; offset += BATCH) {
            List<PostmortemSummary> batch = index.find(spaces, offset, BATCH);
            List<PostmortemSummary> visible = batch.stream()
                    .filter(summary -> checks.maySee(summary.spaceKey(), summary.pageId())).toList();
            if (!visible.isEmpty()) {
                each.accept(visible);
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    private static Selection visibleSpaces(Selection selection, Visibility visibility) {
        if (selection.spaceKeys().isEmpty()) {
            return selection; // every space: checked per page's space while walking
        }
        Set<String> visible = new LinkedHashSet<>();
        for (String key : selection.spaceKeys()) {
            if (visibility.maySeeSpace(key)) {
                visible.add(key);
            }
        }
        return selection.visibleIn(visible);
    }

    /** The index's numbers, counted the index's way, over summaries already read; overdue as of {@code today}. */
    public static Statistics statistics(List<PostmortemSummary> summaries, LocalDate today, int months, ZoneId zone) {
        YearMonth lastMonth = YearMonth.from(today);
        YearMonth firstMonth = lastMonth.minusMonths(months - 1L);
        long countermeasures = 0;
        long open = 0;
        long overdue = 0;
        long withinSlo = 0;
        List<Duration> detect = new ArrayList<>();
        List<Duration> resolve = new ArrayList<>();
        Map<List<Object>, Integer> byMonth = new HashMap<>();
        for (PostmortemSummary summary : summaries) {
            CountermeasureCounts counts = summary.countermeasures();
            countermeasures += counts.total();
            open += counts.open();
            overdue += counts.overdue(today);
            withinSlo += counts.doneWithinSlo();
            summary.timeToDetectIfKnown().ifPresent(detect::add);
            summary.timeToResolveIfKnown().ifPresent(resolve::add);
            Instant start = summary.start();
            if (start != null) {
                YearMonth month = YearMonth.from(start.atZone(zone));
                if (!month.isBefore(firstMonth) && !month.isAfter(lastMonth)) {
                    byMonth.merge(java.util.Arrays.asList(month, summary.severityCode(), summary.severityRank()), 1,
                            Integer::sum);
                }
            }
        }
        List<MonthlyCount> monthly = byMonth.entrySet().stream()
                .map(entry -> new MonthlyCount((YearMonth) entry.getKey().get(0), (String) entry.getKey().get(1),
                        (Integer) entry.getKey().get(2), entry.getValue()))
                .sorted(Comparator.comparing(MonthlyCount::month)
                        .thenComparing(MonthlyCount::severityRank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MonthlyCount::severityCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Statistics(summaries.size(), median(detect), median(resolve), countermeasures, open, overdue,
                withinSlo, monthly);
    }

    /** The mean of the two middle values, whole seconds rounded down, as the index computes it. */
    private static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> seconds = durations.stream().map(Duration::getSeconds).sorted().toList();
        int count = seconds.size();
        return Duration.ofSeconds(Math.floorDiv(seconds.get((count - 1) / 2) + seconds.get(count / 2), 2));
    }

    /** One viewer's checks during one walk: VIEW on the page's space (each space asked once), then on the page. */
    private static final class Checks {

        private final Visibility visibility;
        private final Map<String, Boolean> spaces = new HashMap<>();

        Checks(Visibility visibility) {
            this.visibility = visibility;
        }

        boolean maySee(String spaceKey, long pageId) {
            return spaces.computeIfAbsent(spaceKey, visibility::maySeeSpace) && visibility.maySeePage(pageId);
        }
    }
}
