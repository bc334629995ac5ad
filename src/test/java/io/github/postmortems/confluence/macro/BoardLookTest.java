package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The countermeasures board in every state it can be in, as editors and readers see it, at 1024 px light and dark:
 * rows in each Jira state, the create dialog, the board after a press (created, created with a note, failed, pending),
 * Jira not connected and consent needed. The pressed states run the real script against a stand-in REST answer.
 */
class BoardLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");
    private static final Path FORMAT = Path.of("src/main/resources/js/postmortems-format.js");
    private static final Path SCRIPT = Path.of("src/main/resources/js/countermeasures-create.js");
    private static final String STORAGE = sample("full-page.xml");
    private static final long PAGE = 98_305L;

    /** One row per state the board knows before anyone presses anything. */
    private static final String BODY = "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th>"
            + "<th>Priority</th><th>Type</th><th>Jira</th></tr>"
            + row("Alert on replica lag above 5 s", "2026-12-10", "OPS-101")
            + row("Document the failover runbook", "2026-11-10", "OPS-102")
            + row("Load-test the connection pool", "2026-11-01", "OPS-103")
            + row("Review alert thresholds quarterly", "2026-12-20", "OPS-104")
            + row("Make the connection pool reconnect after failover", "2026-11-25", "")
            + row("Add failover to the game day checklist", "2026-12-01", "")
            + row("Page the database on-call for replica lag", "2026-12-05", "")
            + row("Rehearse the failover with the payments team", "2026-12-15", "")
            + row("Rotate the replica credentials", "2026-12-18", "OPS-107")
            + row("Alert when the connection pool runs dry", "2026-12-22", "OPS-108")
            + "</tbody></table>";

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    private final MacroFixture fixture = new MacroFixture();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;
    private List<RowRef> rows;

    @BeforeEach
    void rowsInEveryState() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
        rows = RowIds.assign(PAGE, new StorageReader().readCountermeasures(BODY, ReadingContext.inZone(ZoneOffset.UTC))
                .rows().stream().map(CountermeasureRow::countermeasure).toList());
        Instant synced = Instant.parse("2026-11-21T11:40:00Z");
        track(0, "OPS-101", "In Progress", StatusCategory.IN_PROGRESS, synced, null);
        track(1, "OPS-102", "Done", StatusCategory.DONE, synced, null);
        track(2, "OPS-103", "To Do", StatusCategory.TO_DO, Instant.parse("2026-11-20T08:00:00Z"),
                "Jira could not be reached: connect timed out");
        fixture.tracked.save(TrackedIssue.vouched(rows.get(3), key("OPS-104"), TrackedIssue.CREATED));
        fixture.ledger.claim(rows.get(4), Instant.parse("2026-11-21T11:59:00Z"));
        // Deleted in Jira: struck through, with "Create again" and "Unlink" for editors.
        fixture.tracked.save(new TrackedIssue(rows.get(8), key("OPS-107"), "", StatusCategory.UNKNOWN, null, null,
                null, null, synced, ReconcileTrackedIssues.DELETED, TrackedIssue.CREATED));
        // Reassigned in Jira: the owner cell says so, with "Use Jira's" for editors.
        fixture.tracked.save(new TrackedIssue(rows.get(9), key("OPS-108"), "In Progress", StatusCategory.IN_PROGRESS,
                "kwong", "Kim Wong", LocalDate.of(2026, 12, 22), null, synced, null, TrackedIssue.CREATED));
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    @Test
    void everyRowStateReadsWellForEditorsAndReaders() {
        String reader = board(BODY);
        String readerTasks = board(sample("view-countermeasures-tasks.html"));
        editor();
        headless.look().assertLooksRight("board-states-reader", page("Countermeasures in every state (reader)")
                .fragment(reader).fragment(readerTasks));
        headless.look().assertLooksRight("board-states-editor", page("Countermeasures in every state (editor)")
                .fragment(board(BODY)).fragment(board(sample("view-countermeasures-tasks.html"))));
    }

    @Test
    void theCreateDialogListsTheRowsWithoutAnIssue() {
        editor();
        headless.look().assertLooksRight("board-dialog", page("Countermeasures: create dialog")
                .fragment(pressed(board(BODY), null, false)));
    }

    @Test
    void afterThePressEachRowShowsItsKeyOrWhyNotInPlace() {
        editor();
        headless.look().assertLooksRight("board-after-press", page("Countermeasures after the press")
                .fragment(pressed(board(BODY), null, true)));
    }

    @Test
    void withoutJiraEditorsSeeOneLineAndAdministratorsTheWayToTheSettings() {
        fixture.jiraSettings.save(JiraSettings.unconfigured());
        editor();
        String editor = board(BODY);
        when(fixture.users.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(fixture.users.isAdmin(new UserKey("admin"))).thenReturn(true);
        String administrator = board(BODY);
        assertTrue(administrator.contains("Set up Jira"));
        headless.look().assertLooksRight("board-not-configured", page("Countermeasures without Jira")
                .fragment(editor).fragment(administrator));
    }

    @Test
    void consentNeededShowsOneAuthenticateLink() {
        editor();
        String consent = "{kind: 'CONSENT_NEEDED', message: 'Jira needs your permission before Confluence can create"
                + " issues for you.', link: 'https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/"
                + "authorize'}";
        headless.look().assertLooksRight("board-consent-needed", page("Countermeasures: consent needed")
                .fragment(pressed(board(BODY), consent, true)));
    }

    private void editor() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
    }

    private String board(String body) {
        return fixture.countermeasuresMacro().execute(Map.of(), body, display(STORAGE));
    }

    private static LookPage page(String title) {
        return LookPage.titled(title).stylesheet(STYLESHEET);
    }

    /**
     * The board, the real script and a REST stand-in that answers at once, and a press: the dialog stays open, or is
     * confirmed, so that the page shows the board as it is after the press. Rows 6, 7 and 8 come back created,
     * created with a note, and refused; or, given {@code state}, the board's state comes back instead.
     */
    private String pressed(String board, String state, boolean confirm) {
        String answers = """
                {'%s': {rowId: '%s', kind: 'CREATED', key: 'OPS-105', message: 'Created OPS-105.', notes: [],
                        tracked: true},
                 '%s': {rowId: '%s', kind: 'CREATED', key: 'OPS-106', message: 'Created OPS-106.',
                        notes: ['Created unassigned: Jira has no user for Platform team.'], tracked: true},
                 '%s': {rowId: '%s', kind: 'REJECTED', key: null, tracked: false,
                        message: 'Jira refused the issue: duedate: Field cannot be set on this screen.', notes: []}}
                """.formatted(rows.get(5).rowId(), rows.get(5).rowId(), rows.get(6).rowId(), rows.get(6).rowId(),
                rows.get(7).rowId(), rows.get(7).rowId());
        String shims = EditorsBoard.AUI_GET_TEXT + """
                const answers = %s;
                const state = %s;
                window.fetch = function (url, init) {
                  const chosen = init.body ? JSON.parse(init.body).rows : [];
                  const body = init.method === 'GET' ? {rows: chosen.map(id => ({rowId: id, key: null})), unplaced: []}
                      : state ? {rows: [], next: null, remaining: 0, state: state}
                      : {rows: chosen.filter(id => answers[id]).map(id => answers[id]), next: null, remaining: 0};
                  return Promise.resolve({ok: true, status: 200, json: () => Promise.resolve(body)});
                };
                """.formatted(answers, state == null ? "null" : state);
        String press = "document.querySelector('.pm-create-issues').click();"
                + (confirm ? "document.querySelector('.pm-create-dialog__confirm').click();" : "");
        return board + "<script>" + shims + "</script><script>" + read(FORMAT) + "</script><script>" + read(SCRIPT)
                + "</script><script>" + press + "</script>";
    }

    private void track(int row, String key, String status, StatusCategory category, Instant synced, String error) {
        fixture.tracked.save(new TrackedIssue(rows.get(row), key(key), status, category, "jdoe", "Jo Doe",
                LocalDate.of(2026, 11, row == 2 ? 1 : 30), null, synced, error, TrackedIssue.CREATED));
    }

    private static String row(String text, String due, String key) {
        return "<tr><td><p>" + text + "</p></td><td><p><ac:link><ri:user ri:userkey=\"8a7f808a6a1b2c3d016a1b2c3d4e0001\""
                + " /></ac:link></p></td><td><p><time datetime=\"" + due + "\" /></p></td><td><p>P2</p></td>"
                + "<td><p>Prevent</p></td><td><p>" + key + "</p></td></tr>";
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
