package io.github.postmortems.confluence.macro;

import io.github.postmortems.look.Browser;
import io.github.postmortems.look.Chromium;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.LookReport;
import io.github.postmortems.look.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import org.mockito.MockedStatic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The two macros as a reader sees them: rendered for sample postmortems (good and broken) into a Confluence-like page
 * with AUI's CSS and our stylesheet, in a real headless Chromium, light and dark, at 1024 px. No console errors, no
 * horizontal overflow; screenshots under target/screenshots/.
 */
class MacrosLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");

    @RegisterExtension
    static final Browser headless = Browser.withAui();
    private final MacroFixture fixture = new MacroFixture();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"full-page", "minimal", "out-of-order", "unparsable", "garbage", "german-labels",
            "nested-formatting", "merged-cells"})
    void bothMacrosReadWellInLightAndDark(String sampleName) {
        String storage = sample(sampleName + ".xml");
        String details = fixture.detailsMacro().execute(Map.of(), body(storage, "postmortem-details"), display(storage));
        String timeline = fixture.timelineMacro().execute(Map.of(), body(storage, "incident-timeline"), display(storage));
        LookReport report = headless.look().assertLooksRight("macros-" + sampleName,
                LookPage.titled("Postmortem: " + sampleName).stylesheet(STYLESHEET).fragment(details).fragment(timeline));
        for (Theme theme : Theme.values()) {
            assertTrue(Files.exists(report.theme(theme).screenshot()));
        }
    }

    /** The board as an editor sees it (buttons, result cells) and as a reader does, words whole and lozenges on one line. */
    @Test
    void theCountermeasuresBoardReadsWellForEditorsAndReaders() {
        String storage = sample("full-page.xml");
        String reader;
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            reader = fixture.countermeasuresMacro().execute(Map.of(), body(storage, "countermeasures"),
                    display(storage));
        }

        headless.look().assertLooksRight("board-editor", LookPage.titled("Countermeasures (editor)")
                .stylesheet(STYLESHEET).fragment(EditorsBoard.render()));
        headless.look().assertLooksRight("board-reader", LookPage.titled("Countermeasures (reader)")
                .stylesheet(STYLESHEET).fragment(reader));
    }

    /**
     * Issue 15 item 4: rows drafted from the Jira incident show the grey "From Jira" lozenge in both macros, whether
     * the body arrives as storage format or as the view HTML Confluence renders the status macro to.
     */
    @ParameterizedTest(name = "body as {0}")
    @ValueSource(strings = {"storage", "view"})
    void draftedRowsShowTheirFromJiraLozengeInBothMacros(String dialect) {
        String page = DraftedPages.page();
        if (dialect.equals("view")) {
            page = page.replace(io.github.postmortems.blueprint.DraftedRows.mark("From Jira"),
                    "<span class=\"status-macro aui-lozenge\">From Jira</span>");
        }
        String timeline = fixture.timelineMacro().execute(Map.of(), body(page, "incident-timeline"), display(page));
        String board;
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            board = fixture.countermeasuresMacro().execute(Map.of(), body(page, "countermeasures"), display(page));
        }
        org.jsoup.nodes.Document timelineHtml = MacroFixture.html(timeline);
        org.jsoup.nodes.Document boardHtml = MacroFixture.html(board);
        assertEquals(DraftedPages.TIMELINE_ROWS, timelineHtml.select(".pm-drafted").size(), timeline);
        assertEquals("From Jira", timelineHtml.select(".pm-drafted").first().text());
        assertTrue(timelineHtml.select(".pm-drafted").first().hasClass("aui-lozenge"));
        assertEquals("Drafted from the Jira incident; no one has edited this row yet.",
                timelineHtml.select(".pm-drafted").first().attr("title"));
        assertEquals(DraftedPages.COUNTERMEASURE_ROWS, boardHtml.select(".pm-drafted").size(), board);
        assertTrue(timelineHtml.select(".pm-timeline__text").stream().noneMatch(e -> e.text().contains("From Jira")),
                "the lozenge is not read as part of an event");
        if (dialect.equals("storage")) {
            headless.look().assertLooksRight("macros-drafted", LookPage.titled("Postmortem drafted from Jira")
                    .stylesheet(STYLESHEET).fragment(timeline).fragment(board));
        }
    }

    @Test
    void richTextLongWordsAndCompactLayoutStayInsideThePage() {
        // The sample's Jira icon lives on a host this closed network cannot reach; an inline image stands in.
        String body = sample("view-timeline.html").replace("Recovered", "Recovered-" + "x".repeat(300))
                .replace("https://jira.example.com/images/bug.svg", "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
        String timeline = fixture.timelineMacro().execute(Map.of("compact", "true"), body, display(""));
        String hostile = "<table><tbody><tr><th>Title</th><td>" + "Averyveryverylongtitlewithoutanyspaces".repeat(12)
                + "</td></tr><tr><th>Start</th><td>2026-10-04 15:39 UTC</td></tr><tr><th>Tags</th><td>"
                + "tag".repeat(120) + "</td></tr></tbody></table>";
        String details = fixture.detailsMacro().execute(Map.of(), hostile, display(""));
        headless.look().assertLooksRight("macros-long-content", LookPage.titled("Long content").stylesheet(STYLESHEET)
                .fragment(details).fragment(timeline));
    }

    @ParameterizedTest(name = "{0} postmortems")
    @ValueSource(ints = {0, 80})
    void theListReadsWellInLightAndDark(int postmortems) {
        String list = list(postmortems, Map.of("spaces", "@all", "max", "12"));
        // A plain mock page reads as an old version and is left out: the sample list must show its rows.
        assertEquals(Math.min(postmortems, 12), org.jsoup.Jsoup.parse(list).select(".pm-list__table tbody tr").size());
        LookPage look = LookPage.titled("Postmortems").stylesheet(STYLESHEET).fragment(list);
        LookReport report = headless.look().assertLooksRight("list-" + (postmortems == 0 ? "empty" : "sample"), look);
        headless.look().assertLooksRight("list-" + (postmortems == 0 ? "empty" : "sample"), look, 1280);
        for (Theme theme : Theme.values()) {
            assertTrue(Files.exists(report.theme(theme).screenshot()));
        }
    }

    /** A new space's index page: the intro, Confluence's create-from-template button (as it renders it), the list. */
    @Test
    void theEmptyIndexPageReadsWellWithOneCreateButton() {
        String list = list(0, Map.of("createButton", "false"));
        String page = "<p>Every postmortem in this space, with how quickly we detected and resolved each incident and "
                + "where its countermeasures stand.</p><p><a class=\"aui-button create-from-template-button\" "
                + "href=\"#\">Create postmortem</a></p>" + list;
        assertEquals(1, org.jsoup.Jsoup.parse(page).select("a.aui-button").size(), "one Create button");
        headless.look().assertLooksRight("index-empty", LookPage.titled("Postmortems").stylesheet(STYLESHEET)
                .fragment(page));
    }

    /** No table yet: one info panel with the header row to type, nothing stacked above it. */
    @Test
    void anEmptyCountermeasuresMacroIsOnePanel() {
        String page = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><p></p>"
                + "</ac:rich-text-body></ac:structured-macro>";
        String board;
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            board = fixture.countermeasuresMacro().execute(Map.of(), "<p></p>", display(page));
        }
        assertEquals(1, org.jsoup.Jsoup.parse(board).select(".aui-message-info").size(), board);
        headless.look().assertLooksRight("board-empty", LookPage.titled("Countermeasures (empty)")
                .stylesheet(STYLESHEET).fragment(board));
    }

    private String list(int postmortems, Map<String, String> parameters) {
        AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
        for (PostmortemSummary summary : ListSamples.summaries(postmortems)) {
            index.upsert(summary);
        }
        when(fixture.spaces.getSpace(anyString())).thenReturn(mock(Space.class));
        com.atlassian.confluence.pages.Page page = io.github.postmortems.confluence.HostPages.current();
        when(fixture.pages.getAbstractPage(anyLong())).thenReturn(page);
        when(fixture.permissions.hasPermission(any(), eq(Permission.VIEW), any())).thenReturn(true);
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            return fixture.listMacro(index).execute(parameters, null, display(""));
        }
    }
}
