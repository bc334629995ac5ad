package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The board with a countermeasure in each state beyond Jira (issue 16): proposed, committed, done and waiting to be
 * verified, verified effective, won't do, and a verification its reopened issue no longer bears out; for editors past
 * the follow-up review the line asking for verification, and the Verify dialog with a refusal shown in it. 1024 px,
 * light and dark.
 */
class BoardStatesLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");
    private static final Path SCRIPT = Path.of("src/main/resources/js/countermeasures-state.js");
    private static final long PAGE = 98_305L;
    /** The page names its follow-up review on Nov 15; the fixture's today is Nov 21. */
    private static final String STORAGE = sample("full-page.xml")
            + "<ul><li><strong>Follow-up review:</strong> <time datetime=\"2026-11-15\" /></li></ul>";
    private static final String KIM = "<ac:link><ri:user ri:userkey=\"8a7f808a6a1b2c3d016a1b2c3d4e0001\" /></ac:link>";
    private static final String BODY = "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th>"
            + "<th>Priority</th><th>Type</th><th>Jira</th><th>Status</th></tr>"
            + row("Alert on replica lag above 5 s", "OPS-201", verified("Verified", "No lag pages in 30 days"))
            + row("Document the failover runbook", "OPS-202", "")
            + row("Load-test the connection pool", "OPS-203", "<p>In progress with SRE</p>")
            + row("Make the connection pool reconnect after failover", "", "")
            + row("Shard the job queue", "", "<p><ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                    + "<ac:parameter ac:name=\"colour\">Grey</ac:parameter><ac:parameter ac:name=\"title\">Won't do"
                    + "</ac:parameter></ac:structured-macro> <time datetime=\"2026-11-18\" /> " + KIM
                    + ": the new queue replaces it; sharding would cost a quarter for nothing we still need</p>")
            + row("Rotate the replica credentials", "OPS-204", verified("Verified", "Rotated and checked"))
            + row("Alert on queue depth", "", "").replace("<time datetime=\"2026-12-10\" />", "")
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
        rows = RowIds.assign(PAGE, new StorageReader().readCountermeasures(BODY, ReadingContext.inZone(
                java.time.ZoneOffset.UTC)).rows().stream().map(CountermeasureRow::countermeasure).toList());
        track(0, "OPS-201", "Done", StatusCategory.DONE);
        track(1, "OPS-202", "Done", StatusCategory.DONE);
        track(2, "OPS-203", "In Progress", StatusCategory.IN_PROGRESS);
        track(5, "OPS-204", "Reopened", StatusCategory.TO_DO);
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    @Test
    void everyStateReadsWellAndEditorsAreAskedToVerifyAtTheFollowUp() {
        String reader = board();
        editor();
        String editor = board();

        Document readers = Jsoup.parse(reader);
        Document editors = Jsoup.parse(editor);
        assertEquals(List.of("Verified", "Done", "Committed", "Proposed", "Won't do", "Committed", "Proposed"),
                readers.select(".pm-cm__state .aui-lozenge").eachText());
        // No due date agreed and no issue yet: the date its issue would get from the SLO today (P2: 28 days).
        assertEquals("by SLO: Dec 19, 2026", readers.select("tr").get(7).selectFirst(".pm-due-slo").text()
                .replace('\u00a0', ' '));
        assertTrue(readers.select(".pm-cm__state-action, .pm-followup, .pm-state-dialog").isEmpty(), reader);
        assertEquals("The follow-up review was due on Nov 15, 2026: 1 done countermeasure waits to be verified "
                + "effective.", editors.selectFirst(".pm-followup").text());
        assertEquals(List.of("Change note", "Verify", "Won't do", "Won't do", "Won't do", "Won't do"),
                editors.select(".pm-cm__state-action").eachText());
        assertTrue(editors.select("tr").get(6).text().contains("no longer done"), editor);
        assertTrue(readers.selectFirst(".pm-countermeasures__summary").text()
                .endsWith("\u00b7 1 verified effective \u00b7 1 won't do"), reader);
        headless.look().assertLooksRight("board-verify-states", page("Countermeasures beyond Jira's Done")
                .fragment(reader).fragment(editor));
    }

    @Test
    void theVerifyDialogAsksForANoteAndShowsARefusalInIt() {
        editor();
        String shims = """
                window.fetch = function (url, init) {
                  window.posted = JSON.parse(init.body);
                  return Promise.resolve({ok: false, status: 400, json: () => Promise.resolve(
                      {message: 'Say in a few words why: a note is kept with the choice.'})});
                };
                """;
        String press = "document.querySelector('.pm-cm__state-action[data-state=verified]').click();"
                + "document.querySelector('.pm-state-dialog__note').value = '   ';"
                + "document.querySelector('.pm-state-dialog__confirm').click();";
        String page = board() + "<script>" + shims + "</script><script>" + read(SCRIPT) + "</script><script>" + press
                + "</script>";
        headless.look().assertLooksRight("board-verify-dialog", page("Countermeasures: verify dialog")
                .fragment(page));
    }

    private void editor() {
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
    }

    private String board() {
        return fixture.countermeasuresMacro().execute(Map.of(), BODY, display(STORAGE));
    }

    private static LookPage page(String title) {
        return LookPage.titled(title).stylesheet(STYLESHEET);
    }

    private void track(int row, String key, String status, StatusCategory category) {
        fixture.tracked.save(new TrackedIssue(rows.get(row), IssueKey.parse(key).orElseThrow(), status, category,
                "jdoe", "Jo Doe", null, null, Instant.parse("2026-11-21T11:40:00Z"), null, TrackedIssue.CREATED));
    }

    private static String verified(String title, String note) {
        return "<p><ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\"><ac:parameter ac:name=\"colour\">"
                + "Green</ac:parameter><ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "</ac:structured-macro> <time datetime=\"2026-11-12\" /> " + KIM + ": " + note + "</p>";
    }

    private static String row(String text, String key, String status) {
        return "<tr><td><p>" + text + "</p></td><td><p>" + KIM + "</p></td><td><p><time datetime=\"2026-12-10\" />"
                + "</p></td><td><p>P2</p></td><td><p>Prevent</p></td><td><p>" + key + "</p></td><td>" + status
                + "</td></tr>";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
