package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.report.Csv;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Visibility;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.Adversarial;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.JiraKeyWriter;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.MockedStatic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/**
 * Issue 10's adversarial corpus, at the sizes the issue names, through every reader entry point: the three macros,
 * page indexing with its CSV export, and the key write-back. Each must come back with its content read, never with
 * an Error or the macro's failure box. (How the time grows with the size is measured in {@code AdversarialBench}.)
 */
class AdversarialPagesTest {

    private static final long PAGE = 4711;

    private final MacroFixture fixture = new MacroFixture();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void signedIn() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void signedOut() {
        currentUser.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adversarial.class)
    void theDetailsMacroRendersTheTable(Adversarial input) {
        int n = input.issueSize();
        Document out = html(fixture.detailsMacro().execute(Map.of(), input.detailsBody(n), display(input.page(n))));

        assertNull(out.selectFirst(".pm-failure"));
        assertTrue(out.text().contains("Checkout outage"), input.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adversarial.class)
    void theTimelineMacroRendersTheEvents(Adversarial input) {
        int n = input.issueSize();
        Document out = html(fixture.timelineMacro().execute(Map.of(), input.timelineBody(n), display(input.page(n))));

        assertNull(out.selectFirst(".pm-failure"));
        assertTrue(out.text().contains("Event 0"), input.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adversarial.class)
    void theCountermeasuresMacroRendersTheBoard(Adversarial input) {
        int n = input.issueSize();
        Document out = html(fixture.countermeasuresMacro().execute(Map.of(), input.countermeasuresBody(n),
                display(input.page(n))));

        assertNull(out.selectFirst(".pm-failure"));
        assertTrue(out.text().contains("Countermeasure 0"), input.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adversarial.class)
    void thePageIsIndexedAndExportedAsCsv(Adversarial input) {
        InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
        InMemoryPages pages = new InMemoryPages().page(PAGE, "Postmortem", input.page(input.issueSize()));
        IndexPostmortemPage indexing = new IndexPostmortemPage(pages, new StorageReader(), new InMemoryTrackedIssues(),
                index, FixedSettings.project("OPS"),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

        assertEquals(IndexPostmortemPage.Outcome.INDEXED, indexing.index(PAGE));

        List<String> csv = new ArrayList<>();
        List<PostmortemSummary> summaries = new ArrayList<>();
        new ListPostmortems(index).forEachVisibleBatch(Selection.all(), Visibility.EVERYTHING, batch -> batch
                .forEach(summary -> {
                    summaries.add(summary);
                    csv.add(Csv.line(row(summary)));
                }));
        assertEquals(1, csv.size());
        assertTrue(csv.get(0).startsWith(PAGE + ",Postmortem,"), csv.get(0));
        assertEquals(Instant.parse("2026-10-04T15:39:00Z"), summaries.get(0).start(), "the details were read");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adversarial.class)
    void theFirstCountermeasuresKeyIsWrittenIntoItsCellAndNothingElseChanges(Adversarial input) {
        String page = input.page(input.issueSize());
        IssueKey key = Adversarial.firstKey();

        JiraKeyWriter.WriteBack result = new JiraKeyWriter(new StorageReader()).write(page,
                Map.of("Countermeasure 0", key), ReadingContext.inZone(ZoneOffset.UTC),
                rows -> rows.stream().map(CountermeasureRow::countermeasure).map(c -> c.text()).toList());

        assertEquals(List.of("Countermeasure 0"), result.written());
        String written = "<td><p>" + key + "</p></td>";
        int at = result.storage().indexOf(written);
        assertTrue(at > 0, input.name());
        assertEquals(page, result.storage().substring(0, at + 4) + result.storage().substring(at + 4
                + written.length() - 9), "only the cell changed");
    }

    private static List<String> row(PostmortemSummary summary) {
        return List.of(String.valueOf(summary.pageId()), summary.title(), String.join(" ", summary.tags().values()),
                String.valueOf(summary.countermeasures().total()));
    }
}
