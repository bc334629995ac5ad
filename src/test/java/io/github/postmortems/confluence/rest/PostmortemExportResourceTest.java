package io.github.postmortems.confluence.rest;

import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

class PostmortemExportResourceTest {

    private final AtomicInteger queries = new AtomicInteger();

    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final PageManager pages = mock(PageManager.class);
    private final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final ConfluenceUser jo = mock(ConfluenceUser.class);
    private final PostmortemExportResource resource = new PostmortemExportResource(
            new ListPostmortems(index, Clock.fixed(ListSamples.NOW, ZoneOffset.UTC)),
            new ConfluenceVisibility(permissions, spaces, pages), tracked, timeZones);
    private final Space ops = mock(Space.class);
    private final Page restricted = HostPages.current();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void threePostmortemsJoMaySeeTwoOf() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(jo);
        when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        when(permissions.hasPermission(same(jo), eq(Permission.VIEW), any())).thenReturn(true);
        when(spaces.getSpace("OPS")).thenReturn(ops);
        index.upsert(ListSamples.summary(1, "OPS", "=HYPERLINK(\"http://evil\",\"click\")"));
        index.upsert(ListSamples.summary(2, "OPS", "Restricted, secret"));
        index.upsert(ListSamples.summary(3, "OPS", "Plain"));
        Page first = HostPages.current();
        when(pages.getAbstractPage(1L)).thenReturn(first);
        when(pages.getAbstractPage(2L)).thenReturn(restricted);
        Page third = HostPages.current();
        when(pages.getAbstractPage(3L)).thenReturn(third);
        when(permissions.hasPermission(same(jo), eq(Permission.VIEW), same(restricted))).thenReturn(false);
        tracked.save(issue(1, "aaaa1", "OPS-1"));
        tracked.save(issue(2, "bbbb2", "OPS-2"));
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    private static TrackedIssue issue(long page, String row, String key) {
        return new TrackedIssue(new RowRef(page, row), IssueKey.parse(key).orElseThrow(), "Done", StatusCategory.DONE,
                "jdoe", "Jo Doe", LocalDate.of(2026, 10, 1), ListSamples.NOW, ListSamples.NOW, null,
                TrackedIssue.CREATED);
    }

    private static List<String> lines(Response response) {
        return List.of(written(response).split("\r\n"));
    }

    private static String written(Response response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ((StreamingOutput) response.getEntity()).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsOnlyThePostmortemsTheCallerMaySeeWithFormulasDefused() {
        Response response = resource.export("OPS", null, null, null, null, null, "title", null);
        List<String> lines = lines(response);
        assertEquals(String.join(",", PostmortemExportResource.POSTMORTEM_HEADER), lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("1,OPS,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\","), lines.get(1));
        assertTrue(lines.get(2).startsWith("3,OPS,Plain,"), lines.get(2));
        assertTrue(response.getHeaderString("Content-Disposition").contains("postmortem-list.csv"));
    }

    @Test
    void exportsNothingFromJiraForAKeyNobodyVouchedFor() {
        tracked.save(new TrackedIssue(new RowRef(3, "cccc3"), IssueKey.parse("SEC-9").orElseThrow(), "Secret",
                StatusCategory.DONE, "ceo", "The CEO", null, null, ListSamples.NOW, null));
        List<String> lines = lines(resource.export(null, null, null, null, null, null, null, "countermeasures"));
        assertEquals(2, lines.size());
        assertTrue(lines.stream().noneMatch(line -> line.contains("SEC-9")), lines.toString());
    }

    @Test
    void exportsTheTrackedCountermeasuresOfVisiblePostmortemsOnly() {
        List<String> lines = lines(resource.export(null, null, null, null, null, null, null, "countermeasures"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(",aaaa1,OPS-1,Done,DONE,Jo Doe,2026-10-01,"), lines.get(1));
    }

    @Test
    void exportsNothingFromASpaceTheCallerMayNotSee() {
        when(permissions.hasPermission(same(jo), eq(Permission.VIEW), same(ops)))
                .thenReturn(false);
        assertEquals(1, lines(resource.export("OPS", null, null, null, null, null, null, null)).size());
        assertEquals(1, lines(resource.export("@all", null, null, null, null, null, null, null)).size());
    }

    @Test
    void streamsTheCsvAndReadsTheCountermeasuresOfAPageOfPostmortemsInOneQuery() {
        InMemoryTrackedIssues counted = new InMemoryTrackedIssues() {
            @Override
            public synchronized List<TrackedIssue> byPage(long pageId) {
                throw new AssertionError("one query per postmortem");
            }

            @Override
            public synchronized List<TrackedIssue> byPages(Collection<Long> pageIds) {
                queries.incrementAndGet();
                return super.byPages(pageIds);
            }
        };
        counted.save(issue(1, "aaaa1", "OPS-1"));
        counted.save(issue(3, "cccc3", "OPS-3"));
        PostmortemExportResource streaming = new PostmortemExportResource(
                new ListPostmortems(index, Clock.fixed(ListSamples.NOW, ZoneOffset.UTC)),
                new ConfluenceVisibility(permissions, spaces, pages), counted, timeZones);

        Response response = streaming.export("OPS", null, null, null, null, null, "title", "countermeasures");

        assertTrue(response.getEntity() instanceof StreamingOutput, "written as it is read, never built in memory");
        assertEquals(0, queries.get(), "nothing is read before the response is written");
        List<String> lines = lines(response);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains(",OPS-1,") && lines.get(2).contains(",OPS-3,"), lines.toString());
        assertEquals(1, queries.get(), "one query for the page of postmortems");
    }

    /** Issue 12, item 14: the overdue column counts on the caller's day, like the list, not on the day of indexing. */
    @Test
    void theOverdueColumnCountsWhatFellDueSinceThePageWasIndexed() {
        PostmortemSummary plain = ListSamples.summary(3, "OPS", "Plain");
        index.upsert(new PostmortemSummary(3, "OPS", "Plain", null, null, plain.status(), null, null, null, null, null,
                null, null, null, null, plain.tags(), new CountermeasureCounts(1, 1, 0, 0,
                DueDates.of(List.of(LocalDate.of(2026, 11, 25)))), ListSamples.NOW));
        PostmortemExportResource later = new PostmortemExportResource(
                new ListPostmortems(index, Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC)),
                new ConfluenceVisibility(permissions, spaces, pages), tracked, timeZones);
        int overdue = PostmortemExportResource.POSTMORTEM_HEADER.indexOf("overdue");

        assertEquals("0", lines(resource.export("OPS", null, null, null, null, null, "title", null)).get(2)
                .split(",")[overdue], "on the day of indexing it is not due yet");
        assertEquals("1", lines(later.export("OPS", null, null, null, null, null, "title", null)).get(2)
                .split(",")[overdue]);
    }
}
