package io.github.postmortems.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.confluence.macro.ListViews;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.confluence.macro.PostmortemListMacro;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.CountermeasureCounts;
import java.time.LocalDate;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Summaries;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Statistics;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mockStatic;

/**
 * Issue 6's speed target: the postmortem list over 10,000 postmortems with 50,000 countermeasures renders in under
 * 50 ms (median), end to end through {@link PostmortemListMacro#execute} with every space selected (parameters, the
 * index's rows and numbers on a real database, a permission check per space and per page, the chart, the Velocity
 * template). Measured on embedded H2 and on embedded PostgreSQL. Compared, in the same run, with the way a list
 * built on page properties works: read and parse every postmortem page's storage at render time, then list the
 * summaries so found. Its pages come from memory, so the baseline is kinder than a real Confluence, which would load
 * each body from its database.
 * <p>
 * The permission manager here answers at once; in Confluence each per-page check costs what Confluence's permission
 * cache makes it cost, which is the same for this list and for any other. It is counted, so the bench shows how many
 * checks one render makes.
 */
class PostmortemListBench {

    private static final int POSTMORTEMS = 10_000;
    private static final int COUNTERMEASURES_EACH = 5;
    private static final Map<String, String> EVERY_SPACE = Map.of("spaces", "@all");

    private static final Bench.Plan LIST = new Bench.Plan(30, Duration.ofSeconds(5), 60);
    private static final Bench.Plan NAIVE = new Bench.Plan(1, Duration.ZERO, 3);

    private final MacroFixture fixture = new MacroFixture();
    private final Clock clock = Clock.fixed(ListSamples.NOW, ZoneOffset.UTC);
    private final CountingHost host = new CountingHost(POSTMORTEMS);
    private final ConversionContext context = MacroFixture.display("");

    @Test
    void listsTenThousandPostmortemsInUnderFiftyMilliseconds() {
        List<PostmortemSummary> summaries = ListSamples.summaries(POSTMORTEMS).stream()
                .map(PostmortemListBench::withFiveCountermeasures).toList();
        assertEquals(POSTMORTEMS * COUNTERMEASURES_EACH,
                summaries.stream().mapToInt(s -> s.countermeasures().total()).sum());
        PostmortemIndex h2 = filled(new AoPostmortemIndex(TestDatabase.h2().emptied()), summaries);
        PostmortemIndex postgres = filled(new AoPostmortemIndex(TestDatabase.postgres().emptied()), summaries);
        String storage = MacroFixture.sample("full-page.xml");

        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(null);
            PostmortemListMacro onH2 = macro(h2);
            PostmortemListMacro onPostgres = macro(postgres);

            String rendered = onH2.execute(EVERY_SPACE, null, context);
            assertSensible(rendered);
            assertEquals(rendered, onPostgres.execute(EVERY_SPACE, null, context), "both databases list the same");
            host.checks = 0;
            onH2.execute(EVERY_SPACE, null, context);
            long checksPerRender = host.checks;
            String naiveRendered = naive(storage);
            assertSensible(naiveRendered);

            Bench.Measurement naive = Bench.measure("list, naive: parse 10,000 pages per render", NAIVE,
                    () -> naive(storage));
            Bench.Measurement measuredH2 = Bench.measure("list, 10,000 postmortems: execute() on H2", LIST,
                    () -> onH2.execute(EVERY_SPACE, null, context));
            Bench.Measurement measuredPostgres = Bench.measure("list, 10,000 postmortems: execute() on PostgreSQL",
                    LIST, () -> onPostgres.execute(EVERY_SPACE, null, context));

            System.out.println("permission checks per render: " + checksPerRender);
            new BenchTable("postmortem-list",
                    "Issue 6: postmortem list over 10,000 postmortems and 50,000 countermeasures")
                    .add(naive)
                    .add(measuredH2, naive, BenchTable.Target.medianUnder(50.0))
                    .add(measuredPostgres, naive, BenchTable.Target.medianUnder(50.0))
                    .report();
        }
    }

    private PostmortemListMacro macro(PostmortemIndex index) {
        return new PostmortemListMacro(fixture.viewers(), new ListPostmortems(index, clock),
                new ConfluenceVisibility(host::allows, host::space, host), new ListViews(), fixture.templates());
    }

    /**
     * A list built on page properties: every render reads each postmortem page's storage and summarises it, then
     * lists what it found the same way.
     */
    private String naive(String storage) {
        StorageReader reader = new StorageReader();
        List<PostmortemSummary> found = new ArrayList<>();
        ReadingContext reading = ReadingContext.inZone(ZoneOffset.UTC);
        for (int page = 1; page <= POSTMORTEMS; page++) {
            String title = "Postmortem " + page;
            Summaries.of(page, "OPS", title, reader.readPage(storage, reading.withPageTitle(title)), Map.of(),
                    ListSamples.NOW).ifPresent(found::add);
        }
        return macro(new Found(found)).execute(EVERY_SPACE, null, context);
    }

    private static PostmortemIndex filled(PostmortemIndex index, List<PostmortemSummary> summaries) {
        summaries.forEach(index::upsert);
        return index;
    }

    private static PostmortemSummary withFiveCountermeasures(PostmortemSummary s) {
        int done = (int) (s.pageId() % (COUNTERMEASURES_EACH + 1));
        int open = COUNTERMEASURES_EACH - done;
        // Up to two open ones fell due in the last days; the list counts them overdue on its day.
        LocalDate today = ListSamples.NOW.atZone(ZoneOffset.UTC).toLocalDate();
        CountermeasureCounts counts = new CountermeasureCounts(COUNTERMEASURES_EACH, open, done, done / 2,
                DueDates.of(java.util.Collections.nCopies(Math.min(open, (int) (s.pageId() % 3)),
                        today.minusDays(1 + s.pageId() % 4))));
        return new PostmortemSummary(s.pageId(), s.spaceKey(), s.title(), s.severityCode(), s.severityRank(),
                s.status(), s.start(), s.detected(), s.ended(), s.timeToDetect(), s.timeToResolve(), s.zone(),
                s.createdBy(), s.facilitatedBy(), s.contact(), s.tags(), counts, s.indexedAt());
    }

    private static void assertSensible(String rendered) {
        assertFalse(rendered.contains("pm-failure"), "the list fell into its failure box");
        assertTrue(rendered.contains("pm-list__number-box"), "the numbers are shown");
        assertTrue(rendered.contains("pm-chart__bar"), "the chart is drawn");
        assertEquals(25, count(rendered, "pm-list__title"), "the default 25 rows are shown");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Confluence's page and space lookups and permission check, answering at once and counting the checks. */
    private static final class CountingHost implements PageManager {

        private final Map<Long, Page> pages = new HashMap<>();

        /** The current version of a page, as the page manager hands it out; the list lists only those. */
        private static final class CurrentPage extends Page {
            @Override
            public boolean isCurrent() {
                return true;
            }

            @Override
            public boolean isLatestVersion() {
                return true;
            }
        }
        private final Space space = new Space();
        long checks;

        CountingHost(int count) {
            for (long id = 1; id <= count; id++) {
                pages.put(id, new CurrentPage());
            }
        }

        boolean allows(Object user, Object permission, Object target) {
            checks++;
            return target != null;
        }

        Space space(String key) {
            return space;
        }

        @Override
        public AbstractPage getAbstractPage(long id) {
            return pages.get(id);
        }

        @Override
        public Page getPage(String spaceKey, String title) {
            throw new UnsupportedOperationException("the list finds pages by id");
        }

        @Override
        public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification,
                                                                   SaveContext saveContext) {
            throw new UnsupportedOperationException("the list never saves");
        }
    }

    /** What the naive list found in the pages, latest first, counted the way the index counts. */
    private static final class Found implements PostmortemIndex {

        private final List<PostmortemSummary> latestFirst;

        Found(List<PostmortemSummary> summaries) {
            latestFirst = summaries.stream().sorted(Comparator.comparing(PostmortemSummary::start,
                    Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        }

        @Override
        public List<PostmortemSummary> find(Selection selection, int offset, int limit) {
            return latestFirst.subList(Math.min(offset, latestFirst.size()),
                    Math.min(offset + limit, latestFirst.size()));
        }

        @Override
        public void forEachPage(Selection selection, PageVisitor visitor) {
            latestFirst.forEach(summary -> visitor.page(summary.pageId(), summary.spaceKey()));
        }

        @Override
        public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
            return ListPostmortems.statistics(latestFirst, today, months, zone);
        }

        @Override
        public Optional<PostmortemSummary> byPage(long pageId) {
            throw new UnsupportedOperationException("the list never asks for one page");
        }

        @Override
        public void upsert(PostmortemSummary summary) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void remove(long pageId) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
