package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.Generation;
import io.github.postmortems.report.ListPage;
import io.github.postmortems.report.ListParameters;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.MovingClock;
import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.report.PostmortemList;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Statistics;
import io.github.postmortems.report.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the list remembers between views, over the real index on H2: the numbers until the next index write, a
 * viewer's page checks for {@link ListPostmortems#CHECKS_REMEMBERED} (and never another viewer's), the rows checked on
 * every view; and a page deep in the list read without the rows before it.
 */
class ListRememberingOnH2Test {

    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private final MovingClock clock = new MovingClock();
    private final Reads reads = new Reads(index);
    private final ListPostmortems list = new ListPostmortems(reads, clock);

    private static ListQuery query(int max) {
        return ListParameters.parse(Map.of("spaces", "@all", "max", String.valueOf(max)), "",
                LocalDate.of(2026, 11, 21), ZoneOffset.UTC);
    }

    private PostmortemList view(Viewer viewer) {
        return list.list(query(5), viewer, ZoneOffset.UTC);
    }

    private static List<Long> ids(List<PostmortemSummary> rows) {
        return rows.stream().map(PostmortemSummary::pageId).toList();
    }

    @Test
    void theNumbersFollowEveryIndexWrite() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        assertEquals(30, view(jo).statistics().count());
        index.upsert(ListSamples.summary(31, "OPS", "New"));
        assertEquals(31, view(jo).statistics().count());
        index.remove(5);
        assertEquals(30, view(jo).statistics().count());
    }

    @Test
    void betweenWritesAViewReadsTheRowsOnlyAndCountsNothing() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        PostmortemList first = view(jo);
        reads.reset();
        jo.checked.clear();
        PostmortemList again = view(jo);
        assertAll(
                () -> assertEquals(first, again),
                () -> assertEquals(0, reads.walked, "no page walked"),
                () -> assertEquals(0, reads.counted, "nothing counted"),
                () -> assertEquals(6, reads.rowsRead, "the 5 rows and one to tell whether more follow"),
                () -> assertEquals(Set.copyOf(ids(again.rows())), jo.checked, "only the rows shown checked"));
    }

    @Test
    void oneViewersChecksAreNeverAnothersNumbers() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        Viewer sam = new Viewer("sam", 1L, 2L, 3L);
        assertEquals(30, view(jo).statistics().count());
        assertEquals(27, view(sam).statistics().count());
        assertEquals(30, view(jo).statistics().count());
    }

    @Test
    void aShownRowHiddenSinceIsNeitherShownNorCounted() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        PostmortemList before = view(jo);
        long newest = before.rows().get(0).pageId();
        jo.hidden.add(newest);
        PostmortemList after = view(jo);
        assertAll(
                () -> assertFalse(ids(after.rows()).contains(newest)),
                () -> assertEquals(29, after.statistics().count(), "every page checked again"),
                () -> assertEquals(ids(before.rows()).subList(1, 5), ids(after.rows()).subList(0, 4)));
    }

    @Test
    void aRestrictionOnAPageNotShownReachesTheNumbersWithinTheirLifetime() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        PostmortemList before = view(jo);
        long notShown = before.rows().stream().map(PostmortemSummary::pageId).reduce(0L, Math::max) == 30 ? 1 : 30;
        assertFalse(ids(before.rows()).contains(notShown));
        jo.hidden.add(notShown);
        assertEquals(30, view(jo).statistics().count(), "the checks are remembered");
        clock.advance(ListPostmortems.CHECKS_REMEMBERED);
        assertEquals(29, view(jo).statistics().count());
    }

    @Test
    void afterAWriteAViewChecksOnlyThePagesWrittenSince() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        view(jo);
        index.upsert(ListSamples.summary(31, "OPS", "New"));
        reads.reset();
        jo.checked.clear();
        PostmortemList after = view(jo);
        Set<Long> expected = new HashSet<>(ids(after.rows()));
        expected.add(31L);
        assertAll(
                () -> assertEquals(31, after.statistics().count()),
                () -> assertEquals(0, reads.walked, "no page walked"),
                () -> assertEquals(1, reads.walkedSince, "the pages written since asked once"),
                () -> assertEquals(expected, jo.checked, "the rows shown and the page written"));
    }

    @Test
    void aPageWrittenSinceThatTheViewerMayNotSeeIsNeitherShownNorCountedAndOneTheyMayIs() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo", 7L);
        assertEquals(29, view(jo).statistics().count());
        jo.hidden.add(31L);
        index.upsert(ListSamples.summary(31, "OPS", "Newest"));
        PostmortemList hiddenWritten = view(jo);
        jo.hidden.remove(7L);
        index.upsert(ListSamples.summary(7, "OPS", "Open again"));
        PostmortemList visibleWritten = view(jo);
        assertAll(
                () -> assertEquals(29, hiddenWritten.statistics().count()),
                () -> assertFalse(ids(hiddenWritten.rows()).contains(31L)),
                () -> assertEquals(30, visibleWritten.statistics().count()),
                () -> assertEquals(1, reads.walked, "every page walked once: for the first view"));
    }

    @Test
    void aRemovedPageLeavesTheNumbersOfCarriedChecks() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo", 7L);
        view(jo);
        index.remove(7);
        index.remove(8);
        assertEquals(28, view(jo).statistics().count());
    }

    @Test
    void carriedChecksStillLastAMinuteFromWhenEveryPageWasChecked() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        PostmortemList before = view(jo);
        long notShown = before.rows().stream().map(PostmortemSummary::pageId).reduce(0L, Math::max) == 30 ? 1 : 30;
        clock.advance(ListPostmortems.CHECKS_REMEMBERED.dividedBy(2));
        jo.hidden.add(notShown);
        index.upsert(ListSamples.summary(31, "OPS", "New"));
        assertEquals(31, view(jo).statistics().count(), "the checks are carried, the restriction not yet seen");
        clock.advance(ListPostmortems.CHECKS_REMEMBERED.dividedBy(2));
        assertEquals(30, view(jo).statistics().count(), "a minute after every page was checked, they are again");
    }

    @Test
    void aPageWrittenIntoASpaceTheChecksLeftOutMakesEveryPageCheckedAgain() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        jo.hiddenSpaces.add("DB");
        assertEquals(20, view(jo).statistics().count());
        index.upsert(ListSamples.summary(31, "NEW", "Elsewhere"));
        reads.reset();
        assertEquals(21, view(jo).statistics().count());
        assertEquals(1, reads.walked, "older pages of a space never counted visible were never checked");
    }

    @Test
    void aPageMovedIntoASpaceTheViewerMayNotSeeLeavesTheirList() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer jo = new Viewer("jo");
        jo.hiddenSpaces.add("DB");
        assertEquals(20, view(jo).statistics().count());
        index.upsert(ListSamples.summary(1, "DB", "Moved"));
        PostmortemList after = view(jo);
        assertAll(
                () -> assertEquals(19, after.statistics().count()),
                () -> assertFalse(ids(after.rows()).contains(1L)));
    }

    @Test
    void aViewerWhoCannotBeToldApartIsCheckedOnEveryView() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer nobody = new Viewer(null);
        assertEquals(30, view(nobody).statistics().count());
        nobody.hidden.add(17L);
        assertEquals(29, view(nobody).statistics().count());
    }

    @Test
    void moreHiddenPagesThanAQueryCanNameAreCheckedOnEveryViewAndNeverShown() {
        ListSamples.summaries(1_100).forEach(index::upsert);
        Long[] hidden = java.util.stream.LongStream.rangeClosed(1, 1_050).boxed().toArray(Long[]::new);
        Viewer sam = new Viewer("sam", hidden);
        PostmortemList before = view(sam);
        assertEquals(50, before.statistics().count());
        assertTrue(before.rows().stream().allMatch(row -> row.pageId() > 1_050));
        long notShown = java.util.stream.LongStream.rangeClosed(1_051, 1_100)
                .filter(id -> !ids(before.rows()).contains(id)).findFirst().orElseThrow();
        sam.hidden.add(notShown);
        assertEquals(49, view(sam).statistics().count(), "not remembered: as many to keep as to check");
    }

    @Test
    void aPageDeepInTheListReadsOnlyTheRowsItShows() {
        ListSamples.summaries(1_000).forEach(index::upsert);
        Viewer sam = new Viewer("sam", 2L, 3L, 5L, 8L);
        ListQuery query = query(25);
        list.list(query, sam, ZoneOffset.UTC);
        reads.reset();
        ListPage deep = list.page(query, sam, 900);
        List<Long> visible = ListSamples.summaries(1_000).stream()
                .sorted(java.util.Comparator.comparing(PostmortemSummary::start).reversed()
                        .thenComparing(PostmortemSummary::pageId))
                .map(PostmortemSummary::pageId).filter(id -> !sam.hidden.contains(id)).toList();
        assertAll(
                () -> assertEquals(visible.subList(900, 925), ids(deep.rows())),
                () -> assertTrue(deep.more()),
                () -> assertEquals(26, reads.rowsRead, "the rows shown and one more, none before them"));
    }

    /** A viewer who sees every space and every page but the hidden ones; null name: cannot be told apart. */
    private static final class Viewer implements Visibility {

        final String name;
        final Set<Long> hidden = new HashSet<>();
        final Set<String> hiddenSpaces = new HashSet<>();
        final Set<Long> checked = new HashSet<>();

        Viewer(String name, Long... hidden) {
            this.name = name;
            this.hidden.addAll(List.of(hidden));
        }

        @Override
        public Optional<String> viewer() {
            return Optional.ofNullable(name);
        }

        @Override
        public boolean maySeeSpace(String spaceKey) {
            return !hiddenSpaces.contains(spaceKey);
        }

        @Override
        public boolean maySeePage(long pageId) {
            checked.add(pageId);
            return !hidden.contains(pageId);
        }
    }

    /** The index, counting what a view reads from it. */
    private static final class Reads implements PostmortemIndex {

        private final PostmortemIndex index;
        int rowsRead;
        int walked;
        int walkedSince;
        int counted;

        Reads(PostmortemIndex index) {
            this.index = index;
        }

        void reset() {
            rowsRead = 0;
            walked = 0;
            walkedSince = 0;
            counted = 0;
        }

        @Override
        public List<PostmortemSummary> find(Selection selection, int offset, int limit) {
            List<PostmortemSummary> found = index.find(selection, offset, limit);
            rowsRead += found.size();
            return found;
        }

        @Override
        public void forEachPage(Selection selection, PageVisitor visitor) {
            walked++;
            index.forEachPage(selection, visitor);
        }

        @Override
        public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
            counted++;
            return index.statistics(selection, today, months, zone);
        }

        @Override
        public void forEachPageWrittenSince(Selection selection, Generation since, PageVisitor visitor) {
            walkedSince++;
            index.forEachPageWrittenSince(selection, since, visitor);
        }

        @Override
        public Optional<Generation> generation() {
            return index.generation();
        }

        @Override
        public void upsert(PostmortemSummary summary) {
            index.upsert(summary);
        }

        @Override
        public void remove(long pageId) {
            index.remove(pageId);
        }

        @Override
        public Optional<PostmortemSummary> byPage(long pageId) {
            return index.byPage(pageId);
        }
    }
}
