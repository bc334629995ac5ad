package io.github.postmortems.bench;

import io.github.postmortems.review.SloPolicyStore;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.confluence.macro.ListViews;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.confluence.macro.PostmortemListMacro;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.PostmortemEntity;
import io.github.postmortems.index.testing.AtlassianTablePrefix;
import io.github.postmortems.index.testing.EntityManagerActiveObjects;
import io.github.postmortems.index.testing.IndexSchema;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Statistics;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the postmortem list costs about what its visible rows cost, at any size. End to end through
 * {@link PostmortemListMacro#execute} with every space selected, on embedded H2 and embedded PostgreSQL, at 10,000
 * and at 100,000 postmortems (five countermeasures each), against a floor measured in the same run: the same macro
 * and template over an index that answers the rows with one indexed query (LIMIT 26 in the list's order) and knows
 * the numbers already. That is the least any list can do for the same HTML; the floor's HTML is checked to equal the
 * real list's.
 * <ul>
 *   <li>warm: the same viewer again, nothing indexed since: at most 3x the floor, at most 2 MB allocated;</li>
 *   <li>cold: right after an index write (one page re-indexed, inside the measured operation, so the write is
 *   charged too): the viewer's checks are carried forward by checking the pages written since, and the numbers by
 *   applying the write: at most 10x the floor;</li>
 *   <li>the warm view at 100,000 within 1.5x of the warm view at 10,000.</li>
 * </ul>
 * The permission manager here answers at once; in Confluence each per-page check costs what Confluence's permission
 * cache makes it cost, which only a first view (or one a minute after the last full check) pays for every page. The
 * checks are counted. Each size has tables of its own on the same server ({@link Database#grow} writes the 100,000
 * past the index, so each gets a list of its own: nothing remembered crosses it), and the two sizes' floors and views
 * are measured interleaved, so the comparison of 100,000 with 10,000 is not one of two moments of the machine.
 */
class PostmortemListBench {

    private static final int SMALL = 10_000;
    private static final int LARGE = 100_000;
    private static final int COUNTERMEASURES_EACH = 5;
    private static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Map<String, String> EVERY_SPACE = Map.of("spaces", "@all");

    private static final Bench.Plan VIEW = new Bench.Plan(60, Duration.ofSeconds(4), 150);
    /** Views per operation per round: a round of the four takes about a tenth of a second. */
    private static final int VIEW_BATCH = 5;
    private static final Bench.Plan COLD = new Bench.Plan(5, Duration.ofSeconds(1), 30);
    /** The 100,000 postmortems' tables: beside the 10,000's on the same server, under a prefix of their own. */
    private static final String LARGE_NAMESPACE = "io.github.postmortems.bench.large";

    private final MacroFixture fixture = new MacroFixture();
    private final Clock clock = Clock.fixed(ListSamples.NOW, ZoneOffset.UTC);
    private final CountingHost host = new CountingHost(LARGE);
    private final ConversionContext context = MacroFixture.display("");

    @Test
    void aViewCostsAboutItsVisibleRowsAtTenThousandAndAtAHundredThousandPostmortems() throws SQLException {
        List<PostmortemSummary> summaries = ListSamples.summaries(SMALL).stream()
                .map(PostmortemListBench::withFiveCountermeasures).toList();
        assertEquals(SMALL * COUNTERMEASURES_EACH,
                summaries.stream().mapToInt(s -> s.countermeasures().total()).sum());
        BenchTable table = new BenchTable("postmortem-list",
                "Issue 13: the postmortem list against its floor (one indexed query for the visible rows, rendered),"
                        + " 10,000 and 100,000 postmortems, 5 countermeasures each");
        try (SignedIn user = SignedIn.as(null)) {
            for (TestDatabase engine : List.of(TestDatabase.h2(), TestDatabase.postgres())) {
                // Both sizes at once, in tables of their own on the same server, measured side by side.
                Database small = new Database(engine.toString(), engine, IndexSchema.NAMESPACE);
                Database large = new Database(engine.toString(), engine, LARGE_NAMESPACE);
                summaries.forEach(small.index::upsert);
                summaries.forEach(large.index::upsert);
                large.grow(SMALL, LARGE);
                measure(List.of(new Sized(small, SMALL), new Sized(large, LARGE)), summaries.get(0), table);
            }
        }
        table.report();
    }

    /**
     * Floor, warm and cold views over each database as it is now, the sizes measured side by side: the floors and warm
     * views in one interleaved run, then the cold views in another, so the machine's drift slows all alike.
     */
    private void measure(List<Sized> sizes, PostmortemSummary rewritten, BenchTable table) {
        List<Bench.Operation> views = new ArrayList<>();
        List<Bench.Operation> colds = new ArrayList<>();
        for (Sized sized : sizes) {
            Database database = sized.database();
            PostmortemListMacro macro = macro(database.index);
            String real = macro.execute(EVERY_SPACE, null, context);
            assertSensible(real);
            assertTrue(real.contains(String.format("%,d", sized.size())) || real.contains(String.valueOf(sized.size())),
                    "the list counts " + sized.size() + " postmortems");
            PostmortemListMacro floorMacro = macro(new Floor(database.index));
            assertEquals(real, floorMacro.execute(EVERY_SPACE, null, context), "the floor renders the same list");
            database.index.upsert(rewritten);
            assertEquals(real, macro.execute(EVERY_SPACE, null, context), "re-indexing the same page changes nothing");

            String label = String.format("%,d", sized.size()) + " on " + database.name;
            host.checks = 0;
            macro.execute(EVERY_SPACE, null, context);
            long warmChecks = host.checks;
            host.checks = 0;
            database.index.upsert(rewritten);
            macro.execute(EVERY_SPACE, null, context);
            long coldChecks = host.checks;
            views.add(new Bench.Operation("floor, " + label + ": one query for the rows, rendered",
                    () -> floorMacro.execute(EVERY_SPACE, null, context)));
            views.add(new Bench.Operation("list, warm, " + label + " (" + warmChecks + " checks)",
                    () -> macro.execute(EVERY_SPACE, null, context)));
            colds.add(new Bench.Operation("list, cold: 1 page indexed, then a view, " + label + " (" + coldChecks
                    + " checks)", () -> {
                        database.index.upsert(rewritten);
                        return macro.execute(EVERY_SPACE, null, context);
                    }));
        }
        List<Bench.Measurement> viewed = Bench.interleaved(VIEW, VIEW_BATCH, views);
        List<Bench.Measurement> cold = Bench.interleaved(COLD, 1, colds);
        for (int i = 0; i < sizes.size(); i++) {
            Bench.Measurement floor = viewed.get(2 * i);
            Bench.Measurement warm = viewed.get(2 * i + 1);
            table.add(floor)
                    .add(warm, floor, BenchTable.Target.timesReference(3), BenchTable.Target.allocationAtMost(MAX_BYTES))
                    .add(cold.get(i), floor, BenchTable.Target.timesReference(10));
        }
        for (int i = 1; i < sizes.size(); i++) {
            table.add(viewed.get(2 * i + 1), viewed.get(1), BenchTable.Target.timesReference(1.5));
        }
    }

    private PostmortemListMacro macro(PostmortemIndex index) {
        return new PostmortemListMacro(fixture.viewers(), new ListPostmortems(index, clock),
                new ConfluenceVisibility(host.permissions(), host::space, host), new ListViews(SloPolicyStore.DEFAULTS), fixture.templates());
    }

    private static PostmortemSummary withFiveCountermeasures(PostmortemSummary s) {
        int done = (int) (s.pageId() % (COUNTERMEASURES_EACH + 1));
        int open = COUNTERMEASURES_EACH - done;
        // Up to two open ones fell due in the last days; the list counts them overdue on its day.
        LocalDate today = ListSamples.NOW.atZone(ZoneOffset.UTC).toLocalDate();
        CountermeasureCounts counts = new CountermeasureCounts(COUNTERMEASURES_EACH, open, done, done / 2,
                DueDates.of(Collections.nCopies(Math.min(open, (int) (s.pageId() % 3)),
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

    /** One database's index, and the way to grow it past what one-by-one indexing loads in reasonable time. */
    private static final class Database {

        private static final List<String> COLUMNS = List.of(PostmortemEntity.PAGE_ID, PostmortemEntity.SPACE_KEY,
                PostmortemEntity.TITLE, PostmortemEntity.SEVERITY_CODE, PostmortemEntity.SEVERITY_RANK,
                PostmortemEntity.SEVERITY_ORDER, PostmortemEntity.STATUS, PostmortemEntity.START_MILLIS,
                PostmortemEntity.START_ORDER, "DETECT_MILLIS", "END_MILLIS", PostmortemEntity.TTD_SECONDS,
                PostmortemEntity.TTD_ORDER, PostmortemEntity.TTR_SECONDS, PostmortemEntity.TTR_ORDER,
                "INCIDENT_ZONE", "CREATED_BY", "FACILITATED_BY", "CONTACT", PostmortemEntity.TAGS,
                PostmortemEntity.CM_TOTAL, PostmortemEntity.CM_OPEN, PostmortemEntity.CM_DONE,
                PostmortemEntity.CM_OVERDUE, PostmortemEntity.CM_DONE_IN_SLO, PostmortemEntity.CM_OPEN_DUE,
                PostmortemEntity.INDEXED_MILLIS);

        final String name;
        final TestDatabase database;
        final AoPostmortemIndex index;
        private final String table;

        /** The index in {@code namespace}'s tables on {@code database}, emptied. */
        Database(String name, TestDatabase database, String namespace) throws SQLException {
            this.name = name;
            this.database = database;
            this.table = new AtlassianTablePrefix(namespace).prefix() + "POSTMORTEM";
            if (namespace.equals(IndexSchema.NAMESPACE)) {
                this.index = new AoPostmortemIndex(database.emptied());
            } else {
                EntityManager tables = database.separateNamespace(namespace);
                tables.migrate(IndexSchema.ENTITIES.toArray(new Class[0]));
                for (Class<? extends RawEntity<?>> entity : IndexSchema.ENTITIES) {
                    tables.deleteWithSQL(keyed(entity), null);
                }
                this.index = new AoPostmortemIndex(new EntityManagerActiveObjects(tables));
            }
        }

        @SuppressWarnings("unchecked")
        private static Class<? extends RawEntity<Object>> keyed(Class<? extends RawEntity<?>> entity) {
            return (Class<? extends RawEntity<Object>>) entity;
        }

        /**
         * Copies the first {@code from} rows until there are {@code to}, page ids shifted by {@code from} each time
         * and starts a minute earlier (so the newest rows stay the ones listed), in one statement per copy; then
         * re-indexes one page through the index, as any write does, so that nothing remembered outlives the copy.
         */
        void grow(int from, int to) throws SQLException {
            String columns = COLUMNS.stream().map(column -> "\"" + column + "\"").collect(Collectors.joining(", "));
            String copied = COLUMNS.stream().map(column -> switch (column) {
                case PostmortemEntity.PAGE_ID -> "\"PAGE_ID\" + ?";
                case PostmortemEntity.START_MILLIS -> "\"START_MILLIS\" - ?";
                case PostmortemEntity.START_ORDER -> "\"START_ORDER\" - ?";
                default -> "\"" + column + "\"";
            }).collect(Collectors.joining(", "));
            try (Connection connection = database.connect();
                 PreparedStatement copy = connection.prepareStatement("INSERT INTO \"" + table + "\" (" + columns
                         + ") SELECT " + copied + " FROM \"" + table + "\" WHERE \"PAGE_ID\" <= ?")) {
                for (int shift = from; shift < to; shift += from) {
                    copy.setLong(1, shift);
                    copy.setLong(2, 60_000L * shift / from);
                    copy.setLong(3, 60_000L * shift / from);
                    copy.setLong(4, from);
                    copy.executeUpdate();
                }
            }
            index.upsert(index.byPage(1).orElseThrow());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A database holding {@code size} postmortems. */
    private record Sized(Database database, int size) {
    }

    /**
     * The least a list can do for the same HTML: the rows from the database with one indexed query, the numbers
     * known already, no page to check beyond the rows shown.
     */
    private static final class Floor implements PostmortemIndex {

        private final PostmortemIndex index;
        private Statistics numbers;

        Floor(PostmortemIndex index) {
            this.index = index;
        }

        @Override
        public List<PostmortemSummary> find(Selection selection, int offset, int limit) {
            return index.find(selection, offset, limit);
        }

        @Override
        public void forEachPage(Selection selection, PageVisitor visitor) {
            // Nothing to check beyond the rows shown.
        }

        @Override
        public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
            if (numbers == null) {
                numbers = index.statistics(selection, today, months, zone); // once, before anything is measured
            }
            return numbers;
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

    /** Confluence's page and space lookups and permission check, answering at once and counting the checks. */
    private static final class CountingHost implements PageManager {

        private final Map<Long, Page> pages = new HashMap<>();
        private final Space space = new Space();
        long checks;

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

        CountingHost(int count) {
            for (long id = 1; id <= count; id++) {
                pages.put(id, new CurrentPage());
            }
        }

        boolean allows(Object user, Object permission, Object target) {
            checks++;
            return target != null;
        }

        /** The permission checks as Confluence's permission manager answers the list's: counted. */
        PermissionManager permissions() {
            return new PermissionManager() {
                @Override
                public boolean hasPermission(User user, Permission permission, Object target) {
                    return allows(user, permission, target);
                }

                @Override
                public boolean hasCreatePermission(User user, Object container, Class typeToCreate) {
                    throw new UnsupportedOperationException("the list creates nothing");
                }
            };
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

        @Override
        public void saveContentEntity(ContentEntityObject object, SaveContext saveContext) {
            throw new UnsupportedOperationException("the list never saves");
        }
    }
}
