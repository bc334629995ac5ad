package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * A row's buttons where page and Jira disagree, in a real headless Chromium: the sample page's OPS-101 is gone from
 * Jira, so an editor gets "Create again" and "Unlink"; a stand-in for the REST resource behind {@code fetch} answers
 * like it does when it changes nothing or only part of what was asked.
 */
class RowActionsInBrowserTest {

    private static final String STORAGE = sample("full-page.xml");

    @RegisterExtension
    static final Browser headless = Browser.plain();

    @Test
    void aRefusalIsShownInTheRowAndTheButtonCanBePressedAgain() throws IOException {
        String answer = "{status: 409, body: {message: 'Jira has OPS-101 again: nothing was changed.'}}";
        try (BrowserPage browser = pressed("row-action-refused", "Unlink", answer)) {
            assertEquals("[\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-rows/" + rowId() + "/unlink\"]",
                    browser.evaluate("JSON.stringify(window.calls)").getAsString());
            assertTrue(browser.evaluate("window.headers.every(h => h['X-Atlassian-Token'] === 'no-check')")
                    .getAsBoolean(), "the call carries the XSRF header");
            assertEquals("Jira has OPS-101 again: nothing was changed.", result(browser));
            assertEquals("pm-cm__result pm-cm__result--failed",
                    browser.evaluate("document.querySelector('.pm-cm__result').className").getAsString());
            assertEquals(false, browser.evaluate("document.querySelector('.pm-cm__actions button').disabled")
                    .getAsBoolean());
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
        }
    }

    @Test
    void unlinkedButNotCreatedAgainSaysWhyAndOffersTheReload() throws IOException {
        String answer = "{status: 200, body: {changed: true, created: false, key: null, message: 'Unlinked OPS-101:"
                + " the row is not in Jira now. Jira refused the issue: duedate: Field cannot be set.'}}";
        try (BrowserPage browser = pressed("row-action-partly", "Create again", answer)) {
            assertEquals("Unlinked OPS-101: the row is not in Jira now. Jira refused the issue: duedate: Field cannot"
                            + " be set. " + BundleMessages.english().text("postmortems.countermeasures.create.reload"),
                    result(browser));
            assertTrue(browser.evaluate("window.calls[0].endsWith('/create-again')").getAsBoolean());
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
        }
    }

    private BrowserPage pressed(String name, String button, String answer) throws IOException {
        String shims = EditorsBoard.AUI_GET_TEXT + """
                window.calls = []; window.headers = [];
                const answer = %s;
                window.fetch = function (url, init) {
                  window.calls.push(init.method + ' ' + url);
                  window.headers.push(init.headers);
                  return new Promise(resolve => setTimeout(() => resolve({ok: answer.status < 300,
                      status: answer.status, json: () => Promise.resolve(answer.body)}), 15));
                };
                """.formatted(answer);
        Path page = EditorsBoard.page(name, board(), shims);
        BrowserPage browser = headless.chromium().newPage();
        browser.open(page);
        browser.evaluate("[...document.querySelectorAll('.pm-cm__action')].find(b => b.textContent === '" + button
                + "').click(), true");
        browser.evaluate("new Promise(done => { const wait = () => window.calls.length === 0"
                + " || document.querySelector('.pm-cm__action[aria-busy]') ? setTimeout(wait, 20) : done(true);"
                + " wait(); })");
        return browser;
    }

    private static String result(BrowserPage browser) {
        return browser.evaluate("document.querySelector('.pm-cm__result').textContent").getAsString();
    }

    /** The sample page as an editor sees it, with OPS-101 marked gone by the last sync. */
    private static String board() {
        MacroFixture fixture = new MacroFixture();
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        fixture.tracked.save(new TrackedIssue(firstRow(), IssueKey.parse("OPS-101").orElseThrow(), "",
                StatusCategory.UNKNOWN, null, null, null, null, Instant.parse("2026-11-21T11:00:00Z"),
                ReconcileTrackedIssues.DELETED, TrackedIssue.CREATED));
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            return fixture.countermeasuresMacro().execute(Map.of(), body(STORAGE, "countermeasures"),
                    display(STORAGE));
        }
    }

    private static RowRef firstRow() {
        return RowIds.assign(98_305L, new StorageReader().readPage(STORAGE, ReadingContext.inZone(ZoneOffset.UTC))
                .countermeasures().stream().map(CountermeasureRow::countermeasure).toList()).get(0);
    }

    private static String rowId() {
        return firstRow().rowId();
    }
}
