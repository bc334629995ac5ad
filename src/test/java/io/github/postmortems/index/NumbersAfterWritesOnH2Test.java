package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.report.Counted;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.Generation;
import io.github.postmortems.report.ListColumn;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.MovingClock;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Statistics;
import io.github.postmortems.report.Visibility;
import io.github.postmortems.report.Write;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers carried across writes (each page as it was taken out, as it is put in, medians from the values kept around
 * the middle) equal the numbers counted afresh, after random writes and removals, for several selections and a viewer
 * with hidden pages, over the real index on H2.
 */
class NumbersAfterWritesOnH2Test {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int PAGES = 300;

    private final ActiveObjects ao = TestDatabase.h2().emptied();
    private final AoPostmortemIndex index = new AoPostmortemIndex(ao);
    private final MovingClock clock = new MovingClock();
    private final Counting counting = new Counting(index);
    private final ListPostmortems list = new ListPostmortems(counting, clock);
    private final Random random = new Random(13);

    @Test
    void numbersCarriedAcrossRandomWritesEqualNumbersCountedAfresh() {
        ListSamples.summaries(PAGES).forEach(index::upsert);
        Instant from = ListSamples.NOW.minus(Duration.ofDays(200));
        List<Selection> selections = List.of(Selection.all(), Selection.all().inSpaces(List.of("OPS", "DB")),
                Selection.all().atLeastSeverity(2), Selection.all().withStatuses(List.of(PostmortemStatus.values()[1])),
                Selection.all().startingBetween(from, null), Selection.all().withAnyLabel(List.of("postmortem")));
        Viewer everything = new Viewer("all", Set.of());
        Viewer some = new Viewer("some", Set.of(3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L, 144L, 233L));
        int views = 0;
        for (int round = 0; round < 60; round++) {
            for (int write = random.nextInt(3) + 1; write > 0; write--) {
                long page = 1 + random.nextInt(PAGES + 40);
                if (random.nextInt(6) == 0) {
                    index.remove(page);
                } else {
                    index.upsert(rewritten(page, 1 + random.nextInt(5_000)));
                }
            }
            for (Selection selection : selections) {
                for (Viewer viewer : List.of(everything, some)) {
                    Statistics carried = list.list(query(selection), viewer, ZONE).statistics();
                    Statistics afresh = new ListPostmortems(index, clock).list(query(selection), viewer, ZONE)
                            .statistics();
                    assertEquals(afresh, carried, "round " + round + ", " + selection + ", " + viewer.name);
                    views++;
                }
            }
        }
        int countedAgain = counting.counted;
        assertTrue(countedAgain < views / 2, "most views carried their numbers: counted " + countedAgain + " of "
                + views);
    }

    @Test
    void anotherNodesWriteMakesTheNumbersCountedAgain() {
        ListSamples.summaries(30).forEach(index::upsert);
        Viewer everything = new Viewer("all", Set.of());
        list.list(query(Selection.all()), everything, ZONE);
        AoPostmortemIndex otherNode = new AoPostmortemIndex(ao);
        otherNode.upsert(rewritten(31, 7));
        counting.counted = 0;
        assertEquals(31, list.list(query(Selection.all()), everything, ZONE).statistics().count());
        assertEquals(1, counting.counted, "this node never saw the page as it was");
    }

    private static ListQuery query(Selection selection) {
        return new ListQuery(selection, 5, List.of(ListColumn.values()), List.of());
    }

    /** Page {@code page} with the values of sample {@code like}: a different page as far as the numbers go. */
    private PostmortemSummary rewritten(long page, long like) {
        PostmortemSummary s = ListSamples.summary(like, List.of("OPS", "WEB", "DB").get(random.nextInt(3)),
                "Page " + page);
        CountermeasureCounts counts = random.nextInt(4) == 0 ? new CountermeasureCounts(0, 0, 0, 0, DueDates.NONE)
                : s.countermeasures();
        return new PostmortemSummary(page, s.spaceKey(), s.title(), s.severityCode(), s.severityRank(), s.status(),
                random.nextInt(5) == 0 ? null : s.start(), s.detected(), s.ended(),
                random.nextInt(5) == 0 ? null : s.timeToDetect(), s.timeToResolve(), s.zone(), s.createdBy(),
                s.facilitatedBy(), s.contact(), s.tags(), counts, s.indexedAt());
    }

    private record Viewer(String name, Set<Long> hidden) implements Visibility {

        @Override
        public Optional<String> viewer() {
            return Optional.of(name);
        }

        @Override
        public boolean maySeeSpace(String spaceKey) {
            return true;
        }

        @Override
        public boolean maySeePage(long pageId) {
            return !hidden.contains(pageId);
        }
    }

    /** The index, counting how often it counts a selection's numbers. */
    private static final class Counting implements io.github.postmortems.report.PostmortemIndex {

        private final AoPostmortemIndex index;
        int counted;

        Counting(AoPostmortemIndex index) {
            this.index = index;
        }

        @Override
        public Counted counted(Selection selection, LocalDate today, int months, ZoneId zone) {
            counted++;
            return index.counted(selection, today, months, zone);
        }

        @Override
        public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
            counted++;
            return index.statistics(selection, today, months, zone);
        }

        @Override
        public Optional<List<Write>> writesBetween(Generation since, Generation now) {
            return index.writesBetween(since, now);
        }

        @Override
        public Optional<Generation> generation() {
            return index.generation();
        }

        @Override
        public void forEachPageWrittenSince(Selection selection, Generation since, PageVisitor visitor) {
            index.forEachPageWrittenSince(selection, since, visitor);
        }

        @Override
        public void forEachPage(Selection selection, PageVisitor visitor) {
            index.forEachPage(selection, visitor);
        }

        @Override
        public List<PostmortemSummary> find(Selection selection, int offset, int limit) {
            return index.find(selection, offset, limit);
        }

        @Override
        public Optional<PostmortemSummary> byPage(long pageId) {
            return index.byPage(pageId);
        }

        @Override
        public void upsert(PostmortemSummary summary) {
            index.upsert(summary);
        }

        @Override
        public void remove(long pageId) {
            index.remove(pageId);
        }
    }
}
