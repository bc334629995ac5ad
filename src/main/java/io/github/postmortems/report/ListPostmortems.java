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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The postmortem list's use case: the rows and numbers of a selection as one viewer may see them.
 * <p>
 * Permissions: spaces named in the selection are narrowed to those the viewer may see before the index is asked.
 * Every candidate page is then checked (page restrictions; each space asked once) from the index's page ids alone,
 * and the outcome, the pages hidden from this viewer, becomes part of the query: the database counts, and pages to
 * the rows asked for, over the visible pages only, so a restricted page never shows in a row, count, median or chart.
 * <p>
 * What a view costs without growing with the index: the outcome of the checks is remembered per viewer and selection
 * for {@link #CHECKS_REMEMBERED}, and the numbers per visible selection, generation and day, shared by every viewer
 * who sees the same pages. Every write to the index changes its generation (on every node), so nothing remembered
 * outlives the index it was read from: after a write the checks are carried forward by checking only the pages
 * written since (the index numbers its writes), and the numbers by applying the writes this node made (each page as
 * it was and as it is; the medians from the values kept around the middle), else counted again. Permissions have no
 * such generation: the rows shown are checked again on every view (a row that fails its check makes the view check
 * every page afresh), and the numbers follow a restriction added to a page without an edit within
 * {@link #CHECKS_REMEMBERED} of the last check of every page (carrying checks forward does not extend it).
 */
public final class ListPostmortems {

    /** How many summaries are read from the index at a time while walking a selection. */
    public static final int BATCH = 500;
    public static final int CHART_MONTHS = 12;
    /** How long one viewer's page checks are used before every page is checked again. */
    public static final Duration CHECKS_REMEMBERED = Duration.ofSeconds(60);
    /** How many viewers' checks, and how many selections' numbers, one node remembers. */
    static final int REMEMBERED = 1_000;

    private final PostmortemIndex index;
    private final Clock clock;
    private final Memo<OutlookKey, Outlook> outlooks;
    private final Memo<NumbersKey, Numbers> numbers;

    public ListPostmortems(PostmortemIndex index) {
        this(index, Clock.systemUTC());
    }

    public ListPostmortems(PostmortemIndex index, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outlooks = new Memo<>(REMEMBERED / 2, CHECKS_REMEMBERED, clock);
        // Current through the generation and the day in their key; the lifetime only returns memory.
        this.numbers = new Memo<>(REMEMBERED, Duration.ofHours(1), clock);
    }

    /** The viewer's day: relative dates ("-90d") count back from it and countermeasures due before it are overdue. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** @param zone the viewer's zone: months of the chart are counted in it */
    public PostmortemList list(ListQuery query, Visibility visibility, ZoneId zone) {
        Selection selection = visibleSpaces(query.selection(), visibility);
        LocalDate today = today(zone);
        View view = view(selection, visibility, 0, query.maxRows());
        Statistics statistics = numbers(selection, view.outlook(), view.generation(), today, zone);
        return new PostmortemList(query, view.rows(), statistics,
                YearMonth.from(today).minusMonths(CHART_MONTHS - 1), CHART_MONTHS, today);
    }

    /**
     * The visible rows of a selection after the first {@code offset} visible ones, at most the query's maximum, and
     * whether more follow. Pages are checked as {@link #list} checks them, so a hidden page neither shows nor shifts
     * the offset; only the rows shown (and one more) are read.
     */
    public ListPage page(ListQuery query, Visibility visibility, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset below zero: " + offset);
        }
        Selection selection = visibleSpaces(query.selection(), visibility);
        View view = view(selection, visibility, offset, query.maxRows());
        return new ListPage(query, offset, view.rows(), view.more());
    }

    /** The outcome of the checks (remembered, or made now) and the visible rows from {@code offset}. */
    private View view(Selection selection, Visibility visibility, int offset, int count) {
        // Read before anything it guards: what is remembered under it is never older than it.
        Optional<Generation> generation = index.generation();
        Selection unsorted = selection.sortedBy(Sort.START_DESC);
        Optional<OutlookKey> key = generation.flatMap(now -> visibility.viewer()
                .map(viewer -> new OutlookKey(viewer, unsorted)));
        Outlook outlook = key.flatMap(known -> current(known, unsorted, visibility, generation.get()))
                .orElseGet(() -> checked(unsorted, visibility, key, generation));
        Checks now = new Checks(visibility);
        Rows rows = rows(selection, outlook, now, offset, count);
        if (rows.stale()) {
            // A shown row is hidden now: the remembered checks are out of date, so every page is checked again.
            key.ifPresent(outlooks::forget);
            outlook = checked(unsorted, visibility, key, generation);
            rows = rows(selection, outlook, now, offset, count);
        }
        return new View(generation, outlook, rows.shown(), rows.more());
    }

    /**
     * The viewer's remembered checks brought to the generation {@code now}: as they are when nothing was written
     * since, else with only the pages written since checked; empty when every page must be checked again (nothing
     * remembered, checks older than {@link #CHECKS_REMEMBERED}, or more than the query can name).
     */
    private Optional<Outlook> current(OutlookKey key, Selection selection, Visibility visibility, Generation now) {
        Instant checkedAfter = clock.instant().minus(CHECKS_REMEMBERED);
        // A carried outlook keeps the time of its first checks: a restriction added without an edit shows as soon.
        Optional<Outlook> known = outlooks.known(key).filter(outlook -> outlook.checkedAt().isAfter(checkedAfter));
        if (known.isEmpty() || known.get().generation().equals(now)) {
            return known;
        }
        Optional<Outlook> carried = known.get().generation().lastWrite() <= now.lastWrite()
                ? carriedForward(known.get(), selection, visibility, now) : Optional.empty();
        carried.ifPresentOrElse(outlook -> outlooks.put(key, outlook), () -> outlooks.forget(key));
        return carried;
    }

    /**
     * {@code outlook} with the pages written since its generation checked now: a visible one leaves the hidden pages,
     * a hidden one joins them. Empty when that is not enough: a page in a space the outlook never counted as visible
     * (older pages of it were never checked), or more hidden pages than a query can name.
     */
    private Optional<Outlook> carriedForward(Outlook outlook, Selection selection, Visibility visibility,
                                             Generation now) {
        if (outlook.visible() == null) {
            return Optional.empty();
        }
        Checks checks = new Checks(visibility);
        Optional<Set<String>> spaces = outlook.visible().visibleSpacesIfRestricted();
        Set<Long> hidden = new HashSet<>(outlook.visible().hiddenPageIds());
        boolean[] unknownSpace = {false};
        index.forEachPageWrittenSince(selection, outlook.generation(), (pageId, spaceKey) -> {
            boolean countedVisible = spaces.map(keys -> keys.contains(spaceKey)).orElse(true);
            if (!checks.maySeeSpace(spaceKey)) {
                if (countedVisible) {
                    hidden.add(pageId);
                }
            } else if (!countedVisible) {
                unknownSpace[0] = true;
            } else if (checks.maySeePage(pageId)) {
                hidden.remove(pageId);
            } else {
                hidden.add(pageId);
            }
        });
        if (unknownSpace[0] || hidden.size() > Selection.MAX_ALLOW_LIST) {
            return Optional.empty();
        }
        return Optional.of(new Outlook(Set.of(), outlook.visible().withoutPages(hidden), now, outlook.checkedAt()));
    }

    /**
     * {@link #checked(Selection, Visibility, Generation)}, remembered under {@code key} unless it keeps more hidden
     * pages than a query can name: those are as many to keep as to check again.
     */
    private Outlook checked(Selection selection, Visibility visibility, Optional<OutlookKey> key,
                            Optional<Generation> generation) {
        Outlook outlook = checked(selection, visibility, generation.orElse(null));
        if (key.isPresent() && outlook.hidden().size() <= Selection.MAX_ALLOW_LIST) {
            outlooks.put(key.get(), outlook);
        }
        return outlook;
    }

    /** Every page of the selection checked once: which are hidden, and the selection without them. */
    private Outlook checked(Selection selection, Visibility visibility, Generation generation) {
        Instant checkedAt = clock.instant();
        Checks checks = new Checks(visibility);
        Set<Long> hidden = new HashSet<>();
        Set<Long> hiddenInVisibleSpaces = new HashSet<>();
        index.forEachPage(selection, (pageId, spaceKey) -> {
            if (!checks.maySeeSpace(spaceKey)) {
                hidden.add(pageId);
            } else if (!checks.maySeePage(pageId)) {
                hidden.add(pageId);
                hiddenInVisibleSpaces.add(pageId);
            }
        });
        Selection visible = selection;
        if (hidden.size() > hiddenInVisibleSpaces.size()) {
            // Some pages are in spaces the viewer may not see (every space was selected): list the others instead.
            Set<String> spaces = checks.visibleSpaces();
            visible = selection.visibleSpacesIfRestricted().isEmpty() && spaces.size() <= Selection.MAX_ALLOW_LIST
                    ? visible.visibleIn(spaces) : null;
        }
        if (visible != null && !hiddenInVisibleSpaces.isEmpty()) {
            visible = hiddenInVisibleSpaces.size() <= Selection.MAX_ALLOW_LIST
                    ? visible.withoutPages(hiddenInVisibleSpaces) : null;
        }
        // The hidden pages are needed only where the database cannot leave them out.
        return new Outlook(visible == null ? Set.copyOf(hidden) : Set.of(), visible, generation, checkedAt);
    }

    /**
     * The visible rows from {@code offset} (and whether one more follows): asked of the database when the hidden
     * pages can be named in the query, else walked in batches skipping them. Each row shown is checked now.
     */
    private Rows rows(Selection selection, Outlook outlook, Checks now, int offset, int count) {
        List<PostmortemSummary> candidates;
        if (outlook.visible() != null) {
            candidates = index.find(outlook.visible().sortedBy(selection.sort()), offset, count + 1);
        } else {
            candidates = new ArrayList<>();
            int seen = 0;
            for (int batchStart = 0; candidates.size() <= count; batchStart += BATCH) {
                List<PostmortemSummary> batch = index.find(selection, batchStart, BATCH);
                for (PostmortemSummary summary : batch) {
                    if (!outlook.hidden().contains(summary.pageId()) && seen++ >= offset
                            && candidates.size() <= count) {
                        candidates.add(summary);
                    }
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
        }
        List<PostmortemSummary> shown = new ArrayList<>();
        boolean stale = false;
        for (PostmortemSummary candidate : candidates.subList(0, Math.min(count, candidates.size()))) {
            if (now.maySee(candidate.spaceKey(), candidate.pageId())) {
                shown.add(candidate);
            } else {
                stale = true;
            }
        }
        return new Rows(shown, candidates.size() > count, stale);
    }

    /**
     * The numbers over the visible pages: counted by the database when it can tell them apart (or, after writes this
     * node made, the remembered ones with those writes applied), else here.
     */
    private Statistics numbers(Selection selection, Outlook outlook, Optional<Generation> generation, LocalDate today,
                               ZoneId zone) {
        if (outlook.visible() == null) {
            // Too many hidden pages to name: neither they nor the numbers over the others are remembered.
            return countedHere(selection, outlook.hidden(), today, zone);
        }
        if (generation.isEmpty()) {
            return index.statistics(outlook.visible(), today, CHART_MONTHS, zone);
        }
        Generation now = generation.get();
        // Shared: every viewer who sees the same pages of the selection sees the same numbers.
        NumbersKey key = new NumbersKey(outlook.visible(), today, zone);
        Optional<Numbers> known = numbers.known(key);
        if (known.isPresent() && known.get().generation().equals(now)) {
            return known.get().counted().statistics();
        }
        Counted counted = known.flatMap(before -> index.writesBetween(before.generation(), now)
                        .flatMap(writes -> carried(before.counted(), outlook.visible(), writes, today, zone)))
                .orElseGet(() -> countedAt(outlook.visible(), now, today, zone));
        numbers.put(key, new Numbers(now, counted));
        return counted.statistics();
    }

    /** Counted by the index; a write that committed meanwhile may be in them, so those are never carried. */
    private Counted countedAt(Selection visible, Generation now, LocalDate today, ZoneId zone) {
        Counted counted = index.counted(visible, today, CHART_MONTHS, zone);
        return index.generation().filter(now::equals).isPresent() ? counted
                : new Counted(counted.statistics(), null, null);
    }

    /**
     * {@code counted} with {@code writes} applied: each page as it was taken out, as it is put in, where the visible
     * selection includes it; overdue judged on {@code today} as counted. Empty when the medians cannot be told from
     * the values kept around the middle: then the index counts again.
     */
    static Optional<Counted> carried(Counted counted, Selection visible, List<Write> writes, LocalDate today,
                                     ZoneId zone) {
        if (counted.detect() == null || counted.resolve() == null) {
            return Optional.empty();
        }
        Statistics before = counted.statistics();
        YearMonth lastMonth = YearMonth.from(today);
        YearMonth firstMonth = lastMonth.minusMonths(CHART_MONTHS - 1);
        Map<List<Object>, Integer> byMonth = new HashMap<>();
        for (MonthlyCount month : before.months()) {
            byMonth.put(java.util.Arrays.asList(month.month(), month.severityCode(), month.severityRank()),
                    month.count());
        }
        long[] sums = {before.count(), before.countermeasures(), before.openCountermeasures(),
                before.overdueCountermeasures(), before.doneWithinSlo()};
        Optional<Middle> detect = Optional.of(counted.detect());
        Optional<Middle> resolve = Optional.of(counted.resolve());
        for (Write write : writes) {
            for (int sign = -1; sign <= 1; sign += 2) {
                PostmortemSummary page = sign < 0 ? write.was() : write.is();
                if (page == null || !visible.includes(page)) {
                    continue;
                }
                CountermeasureCounts counts = page.countermeasures();
                sums[0] += sign;
                sums[1] += (long) sign * counts.total();
                sums[2] += (long) sign * counts.open();
                sums[3] += (long) sign * counts.overdue(today);
                sums[4] += (long) sign * counts.doneWithinSlo();
                detect = applied(detect, page.timeToDetect(), sign);
                resolve = applied(resolve, page.timeToResolve(), sign);
                if (page.start() != null) {
                    YearMonth month = YearMonth.from(page.start().atZone(zone));
                    if (!month.isBefore(firstMonth) && !month.isAfter(lastMonth)) {
                        byMonth.merge(java.util.Arrays.asList(month, page.severityCode(), page.severityRank()), sign,
                                Integer::sum);
                    }
                }
            }
        }
        if (detect.isEmpty() || resolve.isEmpty() || !detect.get().holdsMedian() || !resolve.get().holdsMedian()
                || byMonth.values().stream().anyMatch(count -> count < 0)) {
            return Optional.empty();
        }
        List<MonthlyCount> months = monthly(byMonth);
        return Optional.of(new Counted(new Statistics((int) sums[0], detect.get().median(), resolve.get().median(),
                sums[1], sums[2], sums[3], sums[4], months), detect.get(), resolve.get()));
    }

    private static Optional<Middle> applied(Optional<Middle> middle, Duration value, int sign) {
        if (value == null) {
            return middle;
        }
        return middle.flatMap(known -> sign > 0 ? known.with(value.getSeconds()) : known.without(value.getSeconds()));
    }

    /** Too many hidden pages to name in a query: the visible summaries are read and counted here. */
    private Statistics countedHere(Selection selection, Set<Long> hidden, LocalDate today, ZoneId zone) {
        List<PostmortemSummary> visible = new ArrayList<>();
        for (int offset = 0; ; offset += BATCH) {
            List<PostmortemSummary> batch = index.find(selection, offset, BATCH);
            for (PostmortemSummary summary : batch) {
                if (!hidden.contains(summary.pageId())) {
                    visible.add(summary);
                }
            }
            if (batch.size() < BATCH) {
                return statistics(visible, today, CHART_MONTHS, zone);
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
        List<MonthlyCount> monthly = monthly(byMonth);
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
            return maySeeSpace(spaceKey) && maySeePage(pageId);
        }

        boolean maySeeSpace(String spaceKey) {
            return spaces.computeIfAbsent(spaceKey, visibility::maySeeSpace);
        }

        boolean maySeePage(long pageId) {
            return visibility.maySeePage(pageId);
        }

        /** The spaces asked about so far that the viewer may see. */
        Set<String> visibleSpaces() {
            Set<String> visible = new HashSet<>();
            spaces.forEach((key, mayYes) -> {
                if (mayYes) {
                    visible.add(key);
                }
            });
            return visible;
        }
    }

    /** One viewer's checks of one selection. */
    private record OutlookKey(String viewer, Selection selection) {
    }

    /**
     * What one viewer may see of a selection.
     *
     * @param hidden     the pages they may not see, when {@code visible} is null; empty otherwise
     * @param visible    the selection without them, for the database; null when they are too many to name
     * @param generation the index's when the outlook was made current; null when the index cannot tell
     * @param checkedAt  when every page was last checked
     */
    private record Outlook(Set<Long> hidden, Selection visible, Generation generation, Instant checkedAt) {
    }

    /** Everyone's who sees exactly {@code selection}'s pages: the viewer's checks are in it. */
    private record NumbersKey(Selection selection, LocalDate today, ZoneId zone) {
    }

    /** The numbers as of one generation of the index. */
    private record Numbers(Generation generation, Counted counted) {
    }

    private record Rows(List<PostmortemSummary> shown, boolean more, boolean stale) {
    }

    private record View(Optional<Generation> generation, Outlook outlook, List<PostmortemSummary> rows, boolean more) {
    }

    /** The chart's counts, keyed by (month, severity code, severity rank), months with none left out, in chart order. */
    private static List<MonthlyCount> monthly(Map<List<Object>, Integer> byMonth) {
        return byMonth.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new MonthlyCount((YearMonth) entry.getKey().get(0), (String) entry.getKey().get(1),
                        (Integer) entry.getKey().get(2), entry.getValue()))
                .sorted(Comparator.comparing(MonthlyCount::month)
                        .thenComparing(MonthlyCount::severityRank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MonthlyCount::severityCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
