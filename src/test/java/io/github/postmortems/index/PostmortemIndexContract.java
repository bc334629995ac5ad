package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.Generation;
import io.github.postmortems.report.MonthlyCount;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Sort;
import io.github.postmortems.report.Statistics;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AoPostmortemIndex} on a real database; one subclass per database. */
abstract class PostmortemIndexContract {

    private static final Instant INDEXED = Instant.parse("2024-06-30T12:00:00.123Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private ActiveObjects ao;
    private AoPostmortemIndex index;

    abstract TestDatabase database();

    @BeforeEach
    void emptyIndex() {
        ao = database().emptied();
        index = new AoPostmortemIndex(ao);
    }

    @Test
    void upsertsASummaryAndReadsEveryFieldBack() {
        PostmortemSummary saved = new PostmortemSummary(42, "OPS", "Checkout down", "SEV1", 1,
                PostmortemStatus.IN_REVIEW, Instant.parse("2024-05-01T10:00:00.123Z"),
                Instant.parse("2024-05-01T10:07:00Z"), Instant.parse("2024-05-01T12:00:00Z"), Duration.ofSeconds(419),
                Duration.ofMinutes(113), ZoneId.of("Europe/Berlin"), new UserRef.ByKey("ff80818c"),
                new UserRef.ByUsername("jdoe"), new UserRef.Named("Jane Roe"), new Tags(List.of("db", "payments_eu")),
                new CountermeasureCounts(5, 3, 2, 1, DueDates.of(List.of(LocalDate.of(2024, 5, 20),
                        LocalDate.of(2024, 5, 20), LocalDate.of(2025, 1, 31)))), INDEXED);

        index.upsert(saved);

        assertEquals(Optional.of(saved), index.byPage(42));
    }

    @Test
    void upsertsASummaryWithEveryOptionalValueMissing() {
        PostmortemSummary bare = bare(7, "OPS", "Nothing known yet");

        index.upsert(bare);

        assertEquals(Optional.of(bare), index.byPage(7));
    }

    @Test
    void upsertingTheSamePageTwiceKeepsOneRowWithTheLatestValues() {
        index.upsert(summary(42, "OPS", "First title", 2, "2024-05-01T10:00:00Z"));
        PostmortemSummary second = summary(42, "DEV", "Second title", 1, "2024-05-02T10:00:00Z");

        index.upsert(second);

        assertAll(
                () -> assertEquals(Optional.of(second), index.byPage(42)),
                () -> assertEquals(List.of(second), index.find(Selection.all(), 0, 10)),
                () -> assertEquals(1, index.statistics(Selection.all(), LocalDate.of(2024, 6, 15), 12, UTC).count()));
    }

    @Test
    void removingAPageForgetsItAndRemovingAnUnknownPageDoesNothing() {
        index.upsert(summary(1, "OPS", "One", 1, "2024-05-01T10:00:00Z"));
        index.upsert(summary(2, "OPS", "Two", 1, "2024-05-02T10:00:00Z"));

        index.remove(1);
        index.remove(99);

        assertAll(
                () -> assertEquals(Optional.empty(), index.byPage(1)),
                () -> assertEquals(List.of(2L), pageIds(index.find(Selection.all(), 0, 10))));
    }

    @Test
    void filtersBySpace() {
        dataset();

        assertEquals(List.of(4L, 2L, 1L), pageIds(index.find(Selection.all().inSpaces(List.of("OPS", "WEB")), 0, 10)));
    }

    @Test
    void visitsEveryPageOfTheSelectionWithItsSpaceInTheSelectionsOrder() {
        dataset();
        List<String> visited = new java.util.ArrayList<>();

        index.forEachPage(Selection.all().inSpaces(List.of("OPS", "DB")).sortedBy(Sort.TITLE),
                (pageId, spaceKey) -> visited.add(pageId + "@" + spaceKey));

        assertAll(
                () -> assertEquals(List.of("1@OPS", "5@DB", "3@DB", "4@OPS"), visited),
                () -> assertEquals(pageIds(index.find(Selection.all().inSpaces(List.of("OPS", "DB"))
                        .sortedBy(Sort.TITLE), 0, 10)), visited.stream()
                        .map(page -> Long.parseLong(page.substring(0, page.indexOf('@')))).toList()));
    }

    @Test
    void filtersByAnyOfTheLabelsMatchingWholeTagsOnly() {
        dataset();

        assertAll(
                () -> assertEquals(List.of(3L, 1L),
                        pageIds(index.find(Selection.all().withAnyLabel(List.of("db", "nothing")), 0, 10))),
                () -> assertEquals(List.of(2L),
                        pageIds(index.find(Selection.all().withAnyLabel(List.of("payments_eu")), 0, 10))),
                // '_' is a LIKE wildcard: "paymentsxeu" must not match "payments_eu".
                () -> assertEquals(List.of(),
                        pageIds(index.find(Selection.all().withAnyLabel(List.of("paymentsxeu")), 0, 10))),
                () -> assertEquals(List.of(), pageIds(index.find(Selection.all().withAnyLabel(List.of("d")), 0, 10))));
    }

    @Test
    void filtersByMinimumSeverityLeavingOutPostmortemsWithoutOne() {
        dataset();

        assertEquals(List.of(3L, 1L), pageIds(index.find(Selection.all().atLeastSeverity(2), 0, 10)));
    }

    @Test
    void keepsTheFollowUpDayAndTheVerifiedCountAndFindsFollowUpsDueWithWorkLeft() {
        LocalDate nov15 = LocalDate.of(2026, 11, 15);
        // 1: due, one of two verified; 2: due, every countermeasure verified; 3: due in a week; 4: none named;
        // 5: due, no countermeasures at all.
        index.upsert(withCounts(summary(1, "OPS", "Due", 1, "2026-10-01T10:00:00Z"), 2, 1).withFollowUp(nov15));
        index.upsert(withCounts(summary(2, "OPS", "Settled", 1, "2026-10-02T10:00:00Z"), 2, 2).withFollowUp(nov15));
        index.upsert(withCounts(summary(3, "OPS", "Soon", 1, "2026-10-03T10:00:00Z"), 1, 0)
                .withFollowUp(nov15.plusDays(13)));
        index.upsert(withCounts(summary(4, "OPS", "None named", 1, "2026-10-04T10:00:00Z"), 1, 0));
        index.upsert(summary(5, "OPS", "Nothing to verify", 1, "2026-10-05T10:00:00Z").withFollowUp(nov15));

        assertEquals(Optional.of(nov15), index.byPage(1).flatMap(PostmortemSummary::followUpIfSet));
        assertEquals(1, index.byPage(1).orElseThrow().countermeasures().verified());
        LocalDate nov21 = LocalDate.of(2026, 11, 21);
        assertEquals(List.of(1L), pageIds(index.find(Selection.all().followUpDueBy(nov21), 0, 10)));
        assertEquals(List.of(3L, 1L), pageIds(index.find(Selection.all().followUpDueBy(nov21.plusDays(7)), 0, 10)));
        assertEquals(1, index.statistics(Selection.all().followUpDueBy(nov21), nov21, 0, UTC).count());
    }

    private static PostmortemSummary withCounts(PostmortemSummary summary, int done, int verified) {
        return new PostmortemSummary(summary.pageId(), summary.spaceKey(), summary.title(), summary.severityCode(),
                summary.severityRank(), summary.status(), summary.start(), null, null, null, null, UTC, null, null,
                null, Tags.NONE, new CountermeasureCounts(done, 0, done, 0, DueDates.NONE, verified), INDEXED);
    }

    @Test
    void filtersByStatus() {
        dataset();

        assertEquals(List.of(4L, 2L), pageIds(index.find(
                Selection.all().withStatuses(List.of(PostmortemStatus.DRAFT, PostmortemStatus.APPROVED)), 0, 10)));
    }

    @Test
    void filtersByStartFromInclusiveToExclusive() {
        dataset();

        assertEquals(List.of(2L), pageIds(index.find(Selection.all().startingBetween(
                Instant.parse("2024-03-20T10:00:00.001Z"), Instant.parse("2024-05-01T10:00:00Z")), 0, 10)));
    }

    @Test
    void restrictsToTheVisibleSpacesAndPages() {
        dataset();

        assertAll(
                () -> assertEquals(List.of(4L, 3L, 1L, 5L),
                        pageIds(index.find(Selection.all().visibleIn(List.of("OPS", "DB")), 0, 10))),
                () -> assertEquals(List.of(3L),
                        pageIds(index.find(Selection.all().visibleIn(List.of("OPS", "DB")).visiblePages(
                                List.of(3L, 2L)), 0, 10))),
                () -> assertEquals(List.of(),
                        pageIds(index.find(Selection.all().visibleIn(List.of()), 0, 10))),
                () -> assertEquals(0,
                        index.statistics(Selection.all().visiblePages(List.of()), LocalDate.of(2024, 6, 15), 12, UTC)
                                .count()));
    }

    @Test
    void sortsEachWayWithMissingValuesLast() {
        dataset();

        assertAll(
                () -> assertEquals(List.of(4L, 2L, 3L, 1L, 5L), pageIds(index.find(Selection.all(), 0, 10))),
                () -> assertEquals(List.of(3L, 1L, 2L, 4L, 5L),
                        pageIds(index.find(Selection.all().sortedBy(Sort.SEVERITY), 0, 10))),
                () -> assertEquals(List.of(1L, 5L, 2L, 3L, 4L),
                        pageIds(index.find(Selection.all().sortedBy(Sort.TITLE), 0, 10))),
                () -> assertEquals(List.of(2L, 1L, 3L, 4L, 5L),
                        pageIds(index.find(Selection.all().sortedBy(Sort.TIME_TO_DETECT), 0, 10))),
                () -> assertEquals(List.of(3L, 1L, 2L, 4L, 5L),
                        pageIds(index.find(Selection.all().sortedBy(Sort.TIME_TO_RESOLVE), 0, 10))));
    }

    @Test
    void pagesThroughTheSelection() {
        dataset();

        assertAll(
                () -> assertEquals(List.of(4L, 2L), pageIds(index.find(Selection.all(), 0, 2))),
                () -> assertEquals(List.of(3L, 1L), pageIds(index.find(Selection.all(), 2, 2))),
                () -> assertEquals(List.of(5L), pageIds(index.find(Selection.all(), 4, 2))),
                () -> assertEquals(List.of(), pageIds(index.find(Selection.all(), 6, 2))));
    }

    @Test
    void countsTheSelectionWithMediansTotalsAndMonthlyCounts() {
        dataset();

        Statistics statistics = index.statistics(Selection.all(), LocalDate.of(2024, 6, 15), 12, UTC);

        assertAll(
                () -> assertEquals(5, statistics.count()),
                // TTD known for 1, 2, 3: 600, 3600, 60 -> 600; TTR known for 1, 2, 3, 4: 7200, 1800, 9000, 60.
                () -> assertEquals(Optional.of(Duration.ofSeconds(600)), statistics.medianTimeToDetectIfKnown()),
                () -> assertEquals(Optional.of(Duration.ofSeconds((1800 + 7200) / 2)),
                        statistics.medianTimeToResolveIfKnown()),
                () -> assertEquals(15, statistics.countermeasures()),
                () -> assertEquals(7, statistics.openCountermeasures()),
                () -> assertEquals(3, statistics.overdueCountermeasures()),
                () -> assertEquals(4, statistics.doneWithinSlo()),
                () -> assertEquals(Optional.of(4.0 / 15), statistics.shareClosedWithinSlo()),
                () -> assertEquals(List.of(
                        new MonthlyCount(YearMonth.of(2024, 3), "SEV1", 1, 1),
                        new MonthlyCount(YearMonth.of(2024, 3), "SEV2", 2, 1),
                        new MonthlyCount(YearMonth.of(2024, 4), "SEV3", 3, 1),
                        new MonthlyCount(YearMonth.of(2024, 5), null, null, 1)), statistics.months()));
    }

    /** Issue 12, item 14: an item that quietly passes its due day is counted, though nobody indexed its page since. */
    @Test
    void countsOverdueOnTheReadersDayNotTheDayThePageWasIndexed() {
        dataset();

        assertAll(
                () -> assertEquals(0, index.statistics(Selection.all(), LocalDate.of(2024, 6, 1), 12, UTC)
                        .overdueCountermeasures(), "due on the day itself is not overdue yet"),
                () -> assertEquals(3, index.statistics(Selection.all(), LocalDate.of(2024, 6, 15), 12, UTC)
                        .overdueCountermeasures()),
                () -> assertEquals(5, index.statistics(Selection.all(), LocalDate.of(2024, 7, 2), 12, UTC)
                        .overdueCountermeasures()),
                () -> assertEquals(2, index.byPage(2).orElseThrow().countermeasures()
                        .overdue(LocalDate.of(2024, 7, 2))));
    }

    @Test
    void keepsEveryDueDayOfAPostmortemWithManyAndFoldsOnlyWhatDoesNotFitIntoAnEarlierDay() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 100; i++) {
            days.add(first.plusDays(i));
            days.add(first.plusDays(i)); // two a day: each entry carries a count
        }
        index.upsert(new PostmortemSummary(9, "OPS", "Many", null, null, PostmortemStatus.PUBLISHED, null, null, null,
                null, null, null, null, null, null, Tags.NONE,
                new CountermeasureCounts(200, 200, 0, 0, DueDates.of(days)), INDEXED));

        DueDates read = index.byPage(9).orElseThrow().countermeasures().openDue();
        LocalDate folded = read.byDay().lastKey();
        assertAll(
                () -> assertEquals(200, read.count(), "none lost"),
                () -> assertTrue(read.byDay().size() > 30, "most days kept: " + read.byDay().size()),
                () -> assertEquals(read.byDay().headMap(folded).size() * 2, days.indexOf(folded),
                        "every day before the fold is its own"),
                () -> assertEquals(200, index.statistics(Selection.all(), first.plusDays(100), 0, UTC)
                        .overdueCountermeasures()),
                () -> assertEquals(days.indexOf(folded), index.statistics(Selection.all(), folded, 0, UTC)
                        .overdueCountermeasures()));
    }

    @Test
    void countsOnlyTheSelectedPostmortemsAndOnlyTheRequestedMonths() {
        dataset();

        Statistics statistics = index.statistics(Selection.all().inSpaces(List.of("OPS")), LocalDate.of(2024, 4, 30), 2,
                UTC);

        assertAll(
                () -> assertEquals(2, statistics.count()),
                () -> assertEquals(Optional.of(Duration.ofSeconds(600)), statistics.medianTimeToDetectIfKnown()),
                () -> assertEquals(Optional.of(Duration.ofSeconds((60 + 7200) / 2)),
                        statistics.medianTimeToResolveIfKnown()),
                () -> assertEquals(List.of(new MonthlyCount(YearMonth.of(2024, 3), "SEV2", 2, 1)),
                        statistics.months()));
    }

    @Test
    void anEmptySelectionHasNoMediansAndNoShare() {
        Statistics statistics = index.statistics(Selection.all(), LocalDate.of(2024, 6, 15), 12, UTC);

        assertAll(
                () -> assertEquals(0, statistics.count()),
                () -> assertEquals(Optional.empty(), statistics.medianTimeToDetectIfKnown()),
                () -> assertEquals(Optional.empty(), statistics.shareClosedWithinSlo()),
                () -> assertEquals(List.of(), statistics.months()));
    }

    @Test
    void twoThousandPostmortemsAreCountedAndPagedThrough() {
        List<PostmortemSummary> many = new ArrayList<>();
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        LongStream.rangeClosed(1, 2000).forEach(page -> {
            PostmortemSummary summary = new PostmortemSummary(page, "OPS", "Incident " + page, "SEV2", 2,
                    PostmortemStatus.PUBLISHED, first.plusSeconds(page * 60), null, null, Duration.ofSeconds(page),
                    Duration.ofSeconds(2001 - page), UTC, null, null, null, Tags.NONE,
                    new CountermeasureCounts(2, 1, 1, 1, DueDates.of(List.of(LocalDate.of(2023, 12, 1)))), INDEXED);
            many.add(summary);
            index.upsert(summary);
        });
        int[] largestFind = {0};
        AoPostmortemIndex watched = new AoPostmortemIndex(new FindWatchingActiveObjects(ao, largestFind));

        Statistics statistics = watched.statistics(Selection.all(), LocalDate.of(2024, 1, 31), 1, UTC);

        assertAll(
                () -> assertEquals(0, largestFind[0], "statistics stream rows instead of loading them"),
                () -> assertEquals(2000, statistics.count()),
                () -> assertEquals(Optional.of(Duration.ofSeconds(1000)), statistics.medianTimeToDetectIfKnown()),
                () -> assertEquals(Optional.of(Duration.ofSeconds(1000)), statistics.medianTimeToResolveIfKnown()),
                () -> assertEquals(4000, statistics.countermeasures()),
                () -> assertEquals(2000, statistics.overdueCountermeasures()),
                () -> assertEquals(List.of(new MonthlyCount(YearMonth.of(2024, 1), "SEV2", 2, 2000)),
                        statistics.months()),
                () -> assertEquals(List.of(many.get(1999), many.get(1998)), index.find(Selection.all(), 0, 2)),
                () -> assertEquals(List.of(many.get(0)), index.find(Selection.all(), 1999, 25)));
    }

    @Test
    void findsOnlyTheRowsOfThePageAsked() {
        LongStream.rangeClosed(1, 60).forEach(page -> index.upsert(
                summary(page, "OPS", "Incident " + page, 2, "2024-01-01T00:00:00Z")));
        int[] largestFind = {0};
        AoPostmortemIndex watched = new AoPostmortemIndex(new FindWatchingActiveObjects(ao, largestFind));

        List<PostmortemSummary> found = watched.find(Selection.all(), 25, 25);

        assertAll(
                () -> assertEquals(25, found.size()),
                () -> assertEquals(26L, found.get(0).pageId()),
                () -> assertEquals(25, largestFind[0]));
    }

    /**
     * Five postmortems:
     * <pre>
     * page space title  sev  status     start       ttd   ttr   tags              cm total/open/inSlo, open due
     * 1    OPS   Alpha  SEV2 IN_REVIEW  2024-03-05  600   7200  db                3/1/2, 06-01
     * 2    WEB   Cache  SEV3 DRAFT      2024-04-10  3600  1800  payments_eu       4/2/1, 06-01 07-01
     * 3    DB    Delta  SEV1 PUBLISHED  2024-03-20  60    9000  db, payments      5/3/1, 06-10 and two undated
     * 4    OPS   Echo   -    APPROVED   2024-05-01  -     60    -                 2/1/0, 06-20
     * 5    DB    Bravo  -    PUBLISHED  -           -     -     -                 1/0/0
     * </pre>
     * On 2024-06-15, 3 are overdue (06-01, 06-01, 06-10); on 2024-07-02, 5.
     */
    private void dataset() {
        index.upsert(new PostmortemSummary(1, "OPS", "Alpha", "SEV2", 2, PostmortemStatus.IN_REVIEW,
                Instant.parse("2024-03-05T10:00:00Z"), null, null, Duration.ofSeconds(600), Duration.ofSeconds(7200),
                UTC, null, null, null, new Tags(List.of("db")), new CountermeasureCounts(3, 1, 2, 2, due("2024-06-01")),
                INDEXED));
        index.upsert(new PostmortemSummary(2, "WEB", "Cache", "SEV3", 3, PostmortemStatus.DRAFT,
                Instant.parse("2024-04-10T10:00:00Z"), null, null, Duration.ofSeconds(3600), Duration.ofSeconds(1800),
                UTC, null, null, null, new Tags(List.of("payments_eu")), new CountermeasureCounts(4, 2, 2, 1,
                due("2024-06-01", "2024-07-01")),
                INDEXED));
        index.upsert(new PostmortemSummary(3, "DB", "Delta", "SEV1", 1, PostmortemStatus.PUBLISHED,
                Instant.parse("2024-03-20T10:00:00Z"), null, null, Duration.ofSeconds(60), Duration.ofSeconds(9000),
                UTC, null, null, null, new Tags(List.of("db", "payments")), new CountermeasureCounts(5, 3, 2, 1,
                due("2024-06-10")),
                INDEXED));
        index.upsert(new PostmortemSummary(4, "OPS", "Echo", null, null, PostmortemStatus.APPROVED,
                Instant.parse("2024-05-01T10:00:00Z"), null, null, null, Duration.ofSeconds(60), UTC, null, null,
                null, Tags.NONE, new CountermeasureCounts(2, 1, 1, 0, due("2024-06-20")), INDEXED));
        index.upsert(new PostmortemSummary(5, "DB", "Bravo", null, null, PostmortemStatus.PUBLISHED, null, null,
                null, null, null, null, null, null, null, Tags.NONE,
                new CountermeasureCounts(1, 0, 1, 0, DueDates.NONE), INDEXED));
    }

    private static DueDates due(String... days) {
        return DueDates.of(java.util.Arrays.stream(days).map(LocalDate::parse).toList());
    }

    /** The real host service, noting the largest number of entities any {@code find} loaded. */
    private static final class FindWatchingActiveObjects implements ActiveObjects {

        private final ActiveObjects real;
        private final int[] largest;

        FindWatchingActiveObjects(ActiveObjects real, int[] largest) {
            this.real = real;
            this.largest = largest;
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
            return real.create(type, params);
        }

        @Override
        public void delete(RawEntity<?>... entities) {
            real.delete(entities);
        }

        @Override
        public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
            return real.deleteWithSQL(type, criteria, parameters);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
            return noted(real.find(type, criteria, parameters));
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
            return noted(real.find(type, query));
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                      EntityStreamCallback<T, K> callback) {
            real.stream(type, query, callback);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
            return real.count(type, query);
        }

        @Override
        public <T> T executeInTransaction(TransactionCallback<T> callback) {
            return real.executeInTransaction(callback);
        }

        private <T> T[] noted(T[] found) {
            largest[0] = Math.max(largest[0], found.length);
            return found;
        }
    }

    @Test
    void everyWriteReplacesTheGenerationAndNothingElseDoes() {
        Generation empty = index.generation().orElseThrow();
        index.upsert(summary(1, "OPS", "A", 1, "2024-05-01T10:00:00Z"));
        Generation first = index.generation().orElseThrow();
        index.upsert(summary(1, "OPS", "A", 1, "2024-05-01T10:00:00Z")); // the same summary again is a write too
        Generation second = index.generation().orElseThrow();
        index.byPage(1);
        index.find(Selection.all(), 0, 10);
        index.statistics(Selection.all(), LocalDate.of(2024, 6, 15), 12, UTC);
        index.forEachPage(Selection.all(), (page, space) -> { });
        Generation afterReads = index.generation().orElseThrow();
        index.remove(2); // never indexed: nothing changes
        Generation afterNothing = index.generation().orElseThrow();
        index.remove(1);
        Generation removed = index.generation().orElseThrow();
        assertAll(
                () -> assertTrue(!empty.equals(first) && !first.equals(second) && !second.equals(removed)),
                () -> assertEquals(second, afterReads, "reads leave it"),
                () -> assertEquals(second, afterNothing, "removing what is not there leaves it"));
    }

    @Test
    void writesAreNumberedAndThePagesWrittenSinceAGenerationAreFoundWithoutTheOthers() {
        index.upsert(summary(1, "OPS", "A", 1, "2024-05-01T10:00:00Z"));
        index.upsert(summary(2, "OPS", "B", 2, "2024-05-02T10:00:00Z"));
        index.upsert(summary(3, "DB", "C", 3, "2024-05-03T10:00:00Z"));
        Generation since = index.generation().orElseThrow();
        index.upsert(summary(2, "OPS", "B again", 2, "2024-05-02T10:00:00Z"));
        index.upsert(summary(4, "DB", "D", 1, "2024-05-04T10:00:00Z"));
        index.upsert(summary(5, "OPS", "E", 1, "2024-05-05T10:00:00Z"));
        index.remove(3);
        Generation now = index.generation().orElseThrow();
        List<Long> everywhere = new ArrayList<>();
        index.forEachPageWrittenSince(Selection.all(), since, (page, space) -> everywhere.add(page));
        List<String> inDb = new ArrayList<>();
        index.forEachPageWrittenSince(Selection.all().inSpaces(List.of("DB")), since,
                (page, space) -> inDb.add(page + space));
        assertAll(
                () -> assertEquals(3, since.lastWrite()),
                () -> assertEquals(7, now.lastWrite(), "a removal is a write too"),
                () -> assertEquals(List.of(2L, 4L, 5L), everywhere.stream().sorted().toList(),
                        "written after it, and still there"),
                () -> assertEquals(List.of("4DB"), inDb));
    }

    @Test
    void writesFromTwoThreadsAtOnceAreNumberedOnceEachWithoutGaps() throws Exception {
        index.upsert(summary(1, "OPS", "A", 1, "2024-05-01T10:00:00Z")); // the generation exists: no creation race
        int each = 25;
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                long firstPage = 100 + writer * 1_000L;
                done.add(writers.submit(() -> LongStream.range(firstPage, firstPage + each).forEach(page ->
                        index.upsert(summary(page, "OPS", "P" + page, 1, "2024-05-01T10:00:00Z")))));
            }
            for (java.util.concurrent.Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        long writes = 1 + 2L * each;
        assertEquals(writes, index.generation().orElseThrow().lastWrite());
        // From 2: after a generation of 1 every page counts as written (two nodes may both have numbered 1).
        for (long since = 2; since <= writes; since++) {
            long[] after = {0};
            index.forEachPageWrittenSince(Selection.all(), new Generation("then", since), (page, space) -> after[0]++);
            assertEquals(writes - since, after[0], "pages written after write " + since);
        }
    }

    @Test
    void hiddenPagesAreLeftOutOfRowsAndNumbers() {
        index.upsert(summary(1, "OPS", "A", 1, "2024-05-01T10:00:00Z"));
        index.upsert(summary(2, "OPS", "B", 2, "2024-05-02T10:00:00Z"));
        index.upsert(summary(3, "DB", "C", 3, "2024-05-03T10:00:00Z"));
        Selection withoutTwo = Selection.all().withoutPages(List.of(2L, 99L));
        assertAll(
                () -> assertEquals(List.of(3L, 1L), pageIds(index.find(withoutTwo, 0, 10))),
                () -> assertEquals(List.of(1L), pageIds(index.find(withoutTwo, 1, 10)), "offset in visible rows"),
                () -> assertEquals(2, index.statistics(withoutTwo, LocalDate.of(2024, 6, 15), 12, UTC).count()),
                () -> assertEquals(List.of(3L), pageIds(index.find(withoutTwo.visibleIn(List.of("DB")), 0, 10))));
    }

    private static PostmortemSummary summary(long page, String space, String title, int rank, String start) {
        return new PostmortemSummary(page, space, title, "SEV" + rank, rank, PostmortemStatus.DRAFT,
                Instant.parse(start), null, null, null, null, UTC, null, null, null, Tags.NONE,
                CountermeasureCounts.NONE, INDEXED);
    }

    private static PostmortemSummary bare(long page, String space, String title) {
        return new PostmortemSummary(page, space, title, null, null, PostmortemStatus.DRAFT, null, null, null, null,
                null, null, null, null, null, Tags.NONE, CountermeasureCounts.NONE, INDEXED);
    }

    private static List<Long> pageIds(List<PostmortemSummary> summaries) {
        return summaries.stream().map(PostmortemSummary::pageId).toList();
    }
}
