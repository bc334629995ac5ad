package io.github.postmortems.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.MockedStatic;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

class CountermeasuresMacroTest {

    private static final long PAGE = 98_305L;
    private static final String STORAGE = sample("full-page.xml");

    private final MacroFixture fixture = new MacroFixture();
    private List<RowRef> rows;
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void signedInAsJo() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    @BeforeEach
    void rowsOfTheSamplePage() {
        List<CountermeasureRow> read = new StorageReader().readPage(STORAGE, ReadingContext.inZone(ZoneOffset.UTC))
                .countermeasures();
        rows = RowIds.assign(PAGE, read.stream().map(CountermeasureRow::countermeasure).toList());
    }

    @Test
    void summarisesCountsOverdueAndShareDone() {
        track(0, "OPS-101", "Done", StatusCategory.DONE, null);
        Document board = render();
        assertEquals("3 countermeasures \u00b7 2 open \u00b7 1 overdue \u00b7 33 % done",
                board.selectFirst(".pm-countermeasures__summary").text());
    }

    @Test
    void showsTheJiraStatusLozengeByCategoryAndWhenItLastSynced() {
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, null);
        Element jira = row(render(), 0).selectFirst(".pm-cm__jira");
        assertEquals("https://jira.example.com/browse/OPS-101", jira.selectFirst("a").attr("href"));
        assertEquals("In Progress", jira.selectFirst(".aui-lozenge-current").text());
        assertNull(jira.selectFirst(".pm-cm__synced"), "a sync that worked is said once, for the board");
    }

    @Test
    void saysOnceForTheBoardWhenItLastSyncedAndDimsTheStatusOfARowWhoseSyncFails() {
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, null);
        Document board = render();
        assertEquals("\u00b7 synced 3 h ago", board.selectFirst(".pm-countermeasures__synced").text());
        assertFalse(row(board, 0).hasClass("pm-cm--stale"));

        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, "Jira did not answer in time");
        Document failing = render();
        assertTrue(row(failing, 0).hasClass("pm-cm--stale"));
        assertNull(failing.selectFirst(".pm-countermeasures__synced"), "no sync worked");
    }

    @Test
    void rowsWithoutAKeyAreNotInJiraYet() {
        assertEquals("not in Jira yet", row(render(), 1).selectFirst(".pm-cm__jira span").text());
    }

    @Test
    void colorsDueDatesOverdueRedAndDueWithinAWeekAmber() {
        Document board = render();
        Element overdue = row(board, 0).selectFirst(".pm-due-overdue");
        assertEquals("Nov 1, 2026", overdue.text(), "due 1 Nov, today is 21 Nov");
        assertTrue(row(board, 2).select(".pm-due-overdue, .pm-due-soon").isEmpty(), "due 1 Dec is ten days away");
        assertEquals("3 countermeasures \u00b7 3 open \u00b7 2 overdue \u00b7 0 % done",
                board.selectFirst(".pm-countermeasures__summary").text());
    }

    @Test
    void aDoneCountermeasureIsNeverOverdue() {
        track(0, "OPS-101", "Done", StatusCategory.DONE, null);
        assertTrue(row(render(), 0).select(".pm-due-overdue").isEmpty());
    }

    @Test
    void showsWhatJiraSaysDifferentlyInTheCellItConcernsAndColoursByJirasDueDate() {
        fixture.tracked.save(new TrackedIssue(rows.get(0), key("OPS-101"), "To Do", StatusCategory.TO_DO, "kwong",
                "Kim Wong", LocalDate.of(2026, 12, 12), null, Instant.parse("2026-11-21T09:00:00Z"), null,
                TrackedIssue.CREATED));
        Element row = row(render(), 0);

        assertEquals("\u2192 Jira: Dec 12, 2026", row.selectFirst(".pm-cm__due .pm-cm__difference").text());
        assertEquals("\u2192 Jira: Kim Wong", row.selectFirst(".pm-cm__owner .pm-cm__difference").text());
        assertEquals("Nov 1, 2026", row.selectFirst(".pm-cm__due > span").text());
        // Overdue by the page's date, on time by Jira's: the cell follows Jira's, as the summary's count does.
        assertTrue(row.select(".pm-due-overdue").isEmpty(), row.html());
    }

    @Test
    void stillRendersFromTheStoreWhenTheLastSyncFailed() {
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, "Jira did not answer in time");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element jira = row(render(), 0).selectFirst(".pm-cm__jira");
        assertEquals("In Progress", jira.selectFirst(".aui-lozenge").text());
        assertEquals("The last sync failed 3 h ago: Jira did not answer in time", jira.selectFirst(".pm-cm__synced").text());
    }

    @Test
    void aReaderWhoMayNotEditThePageGetsNoRawSyncErrorOnlyAShortMessage() {
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS,
                "java.net.ConnectException: Connection refused to http://jira-internal.corp:8080/rest/api/2/search");
        String synced = row(render(), 0).selectFirst(".pm-cm__synced").text();
        assertEquals("The last sync with Jira failed 3 h ago; what is shown may be out of date.", synced);
        assertFalse(render().html().contains("jira-internal.corp"));
    }

    @Test
    void anEditorsPdfExportCarriesNoRawSyncErrorEither() {
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, "proxy error at http://jira-internal.corp:8080");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Document pdf = html(fixture.countermeasuresMacro().execute(Map.of(), body(STORAGE, "countermeasures"),
                MacroFixture.context("pdf", STORAGE)));
        assertEquals("The last sync with Jira failed 3 h ago; what is shown may be out of date.",
                row(pdf, 0).selectFirst(".pm-cm__synced").text());
    }

    @Test
    void aKeyNobodyVouchedForShowsNothingFromJiraOnlyTheKeyAndANote() {
        fixture.tracked.save(new TrackedIssue(rows.get(0), key("OPS-101"), "Secret status", StatusCategory.DONE,
                "ceo", "The CEO", LocalDate.of(2027, 1, 1), null, Instant.parse("2026-11-21T09:00:00Z"), null));
        Document board = render();
        Element jira = row(board, 0).selectFirst(".pm-cm__jira");
        assertEquals("OPS-101", jira.selectFirst("a").text());
        assertNull(jira.selectFirst(".aui-lozenge"));
        assertTrue(row(board, 0).select(".pm-cm__difference").isEmpty());
        assertFalse(board.html().contains("Secret status") || board.html().contains("The CEO"));
        assertEquals("Not read from Jira: its status shows once someone who may edit this page checks it with "
                + "their own Jira account.", jira.selectFirst(".pm-cm__synced").text());
        assertEquals("3 countermeasures \u00b7 3 open \u00b7 2 overdue \u00b7 0 % done",
                board.selectFirst(".pm-countermeasures__summary").text());
    }

    @Test
    void offersTheCheckButtonToEditorsWhileATypedKeyIsUnread() {
        assertNull(render().selectFirst(".pm-check-issues"), "a reader gets no button");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element button = render().selectFirst(".pm-check-issues");
        assertNotNull(button);
        assertEquals("/confluence/rest/postmortems/1.0/pages/98305/jira-checks", button.attr("data-url"));
        track(0, "OPS-101", "Done", StatusCategory.DONE, null);
        assertNull(render().selectFirst(".pm-check-issues"), "every typed key is vouched for");
    }

    @Test
    void anOldVersionOfThePageOffersNoButtons() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        ConversionContext old = display(STORAGE);
        when(old.getEntity().isLatestVersion()).thenReturn(false);
        Document board = html(fixture.countermeasuresMacro().execute(Map.of(), body(STORAGE, "countermeasures"), old));
        assertNull(board.selectFirst(".pm-create-issues"));
        assertNull(board.selectFirst(".pm-check-issues"));
    }

    @Test
    void showsAKeyCreatedButNotYetWrittenIntoThePage() {
        fixture.ledger.claim(rows.get(1), Instant.parse("2026-11-21T11:00:00Z"));
        fixture.ledger.created(rows.get(1), key("OPS-102"), Instant.parse("2026-11-21T11:00:01Z"));
        assertEquals("OPS-102", row(render(), 1).selectFirst(".pm-cm__jira a").text());
    }

    @Test
    void showsAnIssueCreatedForARowThatHasSinceChangedAndOffersEditorsToPlaceOrReleaseIt() {
        RowRef before = new RowRef(PAGE, "0123456789abcdef");
        fixture.ledger.claim(before, Instant.parse("2026-11-21T11:00:00Z"));
        fixture.ledger.created(before, key("OPS-12"), Instant.parse("2026-11-21T11:00:01Z"));

        Element reader = render().selectFirst(".pm-unplaced");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element editor = render().selectFirst(".pm-unplaced");

        assertNotNull(reader);
        assertEquals("OPS-12 was created for a row that has since changed.",
                reader.selectFirst(".pm-unplaced__issue").ownText());
        assertNull(reader.selectFirst(".pm-unplaced__place"), "readers see it, without buttons");
        assertEquals("/confluence/rest/postmortems/1.0/pages/98305/jira-issues",
                editor.selectFirst(".pm-unplaced__place").attr("data-url"));
        assertNotNull(editor.selectFirst(".pm-unplaced__release"));
        assertEquals(List.of("", rows.get(1).rowId(), rows.get(2).rowId()),
                editor.select(".pm-unplaced__row option").eachAttr("value"), "rows without an issue to place it in");
    }

    @Test
    void offersTheCreateButtonOnlyToPeopleWhoMayEditThePage() {
        assertNull(render().selectFirst(".pm-create-issues"));
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element button = render().selectFirst(".pm-create-issues");
        assertNotNull(button);
        assertEquals("/confluence/rest/postmortems/1.0/pages/98305/jira-issues", button.attr("data-url"));
        assertEquals(rows.get(1).rowId(), row(render(), 1).attr("data-row-id"));
    }

    @Test
    void offersNoButtonInPdfExportOrWhenEveryRowHasAnIssue() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Document pdf = html(fixture.countermeasuresMacro().execute(Map.of(), body(STORAGE, "countermeasures"),
                MacroFixture.context("pdf", STORAGE)));
        assertNull(pdf.selectFirst(".pm-create-issues"));
        String allTracked = "<table><tbody><tr><th>Countermeasure</th><th>Jira</th></tr>"
                + "<tr><td>Alert on lag</td><td>OPS-1</td></tr></tbody></table>";
        assertNull(html(fixture.countermeasuresMacro().execute(Map.of(), allTracked, display(STORAGE)))
                .selectFirst(".pm-create-issues"));
    }

    @Test
    void showsATaskTickedOnThePageWithoutAKeyAsDoneOutsideJiraAndOffersNoIssueForIt() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        String tasks = sample("view-countermeasures-tasks.html");
        Document board = html(fixture.countermeasuresMacro().execute(Map.of(), tasks, display(STORAGE)));

        Element done = row(board, 1).selectFirst(".pm-cm__jira .aui-lozenge");
        assertEquals("Done outside Jira", done.text());
        assertTrue(done.hasClass("aui-lozenge-success"));
        assertTrue(row(board, 1).hasClass("pm-cm--done"));
        assertEquals("not in Jira yet", row(board, 0).selectFirst(".pm-cm__jira span").text());
        assertEquals("3 countermeasures \u00b7 2 open \u00b7 1 overdue \u00b7 33 % done",
                board.selectFirst(".pm-countermeasures__summary").text());
        String onlyDone = "<ul class=\"inline-task-list\"><li data-inline-task-id=\"1\" class=\"checked\">Roll back"
                + "</li></ul>";
        assertNull(html(fixture.countermeasuresMacro().execute(Map.of(), onlyDone, display(STORAGE)))
                .selectFirst(".pm-create-issues"), "nothing is left to create an issue for");
    }

    @Test
    void anEmptyTableIsOnePanelWithTheHeaderRowToType() {
        String empty = "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Priority</th>"
                + "<th>Type</th><th>Jira</th></tr><tr><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
                + "</tbody></table>";
        Document board = html(fixture.countermeasuresMacro().execute(Map.of(), empty, display(STORAGE)));
        assertOnePanel(board);
    }

    /** Before, a macro without a table stacked "holds no table", the empty text and a summary of zeros. */
    @Test
    void aMacroWithoutATableIsTheSameOnePanelNotThreeMessages() {
        Document board = html(fixture.countermeasuresMacro().execute(Map.of(), "", display(STORAGE)));
        assertOnePanel(board);
        assertEquals(1, board.select(".aui-message").size());
    }

    private static void assertOnePanel(Document board) {
        assertNull(board.selectFirst(".pm-countermeasures__summary"), "no line of zeros");
        assertNull(board.selectFirst(".pm-warnings"), "no warning beside the panel");
        Element panel = board.selectFirst(".aui-message-info.pm-countermeasures__empty");
        assertNotNull(panel);
        assertEquals("Countermeasure | Owner | Due | Priority | Type | Jira | Status",
                panel.selectFirst(".pm-countermeasures__header-row").text());
        assertTrue(panel.text().startsWith("No countermeasures yet."), panel.text());
    }

    @Test
    void keysLinkThroughTheTokenConnectionsAddressNotOnlyThePrimaryApplicationLink() {
        fixture.jiraSettings.save(new JiraSettings(new JiraSettings.Connection.Token(
                URI.create("https://jira.internal.example.com/"), "secret-token"), "OPS", "Task", Map.of(),
                JiraSettings.DEFAULT_SYNC_INTERVAL, ""));
        when(fixture.applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, null);

        assertEquals("https://jira.internal.example.com/browse/OPS-101",
                row(render(), 0).selectFirst(".pm-cm__jira a").attr("href"));
    }

    @Test
    void keysLinkThroughTheChosenApplicationLinkRatherThanThePrimaryOne() {
        ApplicationLink chosen = mock(ApplicationLink.class);
        when(chosen.getDisplayUrl()).thenReturn(URI.create("https://jira-ops.example.com"));
        when(chosen.getName()).thenReturn("Ops Jira");
        try {
            when(fixture.applicationLinks.getApplicationLink(any(ApplicationId.class))).thenReturn(chosen);
        } catch (TypeNotInstalledException e) {
            throw new AssertionError(e);
        }
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, null);

        assertEquals("https://jira-ops.example.com/browse/OPS-101",
                row(render(), 0).selectFirst(".pm-cm__jira a").attr("href"));
    }

    @Test
    void theButtonSaysHowManyIssuesWhereAndAsWhatAndItsDialogListsTheRowsTicked() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        track(0, "OPS-101", "Done", StatusCategory.DONE, null);
        Document board = render();

        Element button = board.selectFirst(".pm-countermeasures__actions .pm-create-issues");
        assertEquals("Create 2 Jira issues in OPS as Task", button.text());
        assertTrue(board.selectFirst(".pm-countermeasures__actions").nextElementSiblings()
                .is(".pm-countermeasures__table"), "the toolbar sits above the table");
        Element dialog = board.selectFirst("dialog.pm-create-dialog");
        assertFalse(dialog.hasAttr("open"), "hidden until the button is pressed");
        assertEquals(List.of(rows.get(1).rowId(), rows.get(2).rowId()),
                dialog.select("input.pm-create-dialog__row[checked]").eachAttr("value"));
        assertEquals("Create 2 issues", dialog.selectFirst(".pm-create-dialog__confirm").text());
        assertEquals("\u00b7 2 not in Jira", board.selectFirst(".pm-countermeasures__missing").text());
    }

    @Test
    void withoutAJiraConnectionEditorsSeeOneLineInsteadOfAButtonAndAdministratorsTheWayToTheSettings() {
        fixture.jiraSettings.save(JiraSettings.unconfigured());
        assertNull(render().selectFirst(".pm-countermeasures__state:not([hidden])"), "readers are not told");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);

        Document editor = render();
        assertNull(editor.selectFirst(".pm-create-issues"));
        assertEquals("Jira is not connected, so no issues can be created from this page.",
                editor.selectFirst(".pm-countermeasures__state").text());
        assertEquals(3, editor.select(".pm-cm__jira").size());
        assertEquals(0, editor.select(".pm-cm__result:not(:empty)").size(), "no row carries an error");

        when(fixture.users.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(fixture.users.isAdmin(new UserKey("admin"))).thenReturn(true);
        Element link = render().selectFirst(".pm-countermeasures__state a");
        assertEquals("/confluence/plugins/servlet/postmortems/admin", link.attr("href"));
        assertEquals("Set up Jira", link.text());
    }

    private Document render() {
        return html(fixture.countermeasuresMacro().execute(Map.of(), body(STORAGE, "countermeasures"),
                display(STORAGE)));
    }

    private void track(int row, String key, String status, StatusCategory category, String error) {
        fixture.tracked.save(new TrackedIssue(rows.get(row), key(key), status, category, "jdoe", "Jo Doe",
                LocalDate.of(2026, 11, 1), null, Instant.parse("2026-11-21T09:00:00Z"), error, TrackedIssue.CREATED));
    }

    private static Element row(Document board, int index) {
        return board.select(".pm-countermeasures__table tbody tr").get(index);
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }
}
