package io.github.postmortems.confluence.macro;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Create Jira issues" button's script in a real headless Chromium: the macro as it renders for an editor, and a
 * stand-in for the plugin's REST resource behind {@code fetch} that answers like it, one row per batch here (row 2
 * created, then row 3 refused), or with a board-level state.
 * AJS.I18n behaves as AUI's does for a key the jsI18n transform did not fill in: it answers the key itself, so a text
 * the script took from anywhere but the page would show as a key.
 */
class CreateButtonInBrowserTest {

    @RegisterExtension
    static final Browser headless = Browser.plain();

    private static final BundleMessages ENGLISH = BundleMessages.english();

    @Test
    void createsTheRowsConfirmedInTheDialogInBatchesAndShowsEachKeyInPlaceWithAPendingStatus() throws IOException {
        String board = EditorsBoard.render();
        List<String> rowIds = rowIds(board);

        try (BrowserPage browser = open("create-button", board, shims(rowIds, null))) {
            press(browser);
            assertTrue(browser.evaluate("document.querySelector('.pm-create-dialog').open").getAsBoolean(),
                    "the button opens the dialog first");
            assertEquals("[]", browser.evaluate("JSON.stringify(window.calls)").getAsString(), "nothing sent yet");
            confirm(browser);

            assertEquals("[\"GET /confluence/rest/postmortems/1.0/pages/98305/jira-issues\","
                            + "\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-issues?from=0\","
                            + "\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-issues?from=2\"]",
                    browser.evaluate("JSON.stringify(window.calls)").getAsString());
            assertEquals("{\"rows\":[\"" + rowIds.get(1) + "\",\"" + rowIds.get(2) + "\"]}",
                    browser.evaluate("window.bodies[1]").getAsString(), "the ticked rows go to the create call");
            assertTrue(browser.evaluate("window.headers.every(h => h['X-Atlassian-Token'] === 'no-check')")
                    .getAsBoolean(), "every call carries the XSRF header");
            assertEquals("OPS-102 " + ENGLISH.text("postmortems.countermeasures.create.pending"),
                    cell(browser, rowIds.get(1), ".pm-cm__jira a, .pm-cm__jira .pm-cm__pending"));
            assertEquals("https://jira.example.com/browse/OPS-102", browser.evaluate("document.querySelector("
                    + "'tr[data-row-id=\"" + rowIds.get(1) + "\"] .pm-cm__jira a').href").getAsString());
            assertEquals("Created OPS-102.", cell(browser, rowIds.get(1), ".pm-cm__result"));
            assertTrue(hasClass(browser, rowIds.get(1), ".pm-cm__result", "pm-cm__result--created"), "green");
            assertEquals("Jira refused the issue: duedate: not on the screen",
                    cell(browser, rowIds.get(2), ".pm-cm__result"));
            assertTrue(hasClass(browser, rowIds.get(2), ".pm-cm__result", "pm-cm__result--failed"), "red");
            assertEquals(ENGLISH.text("postmortems.countermeasures.create.partly", 1, 1), text(browser,
                    ".pm-create-progress"), "no reload needed, no 'created or found'");
            assertEquals("\u00b7 " + ENGLISH.text("postmortems.countermeasures.summary.not-in-jira", 1),
                    text(browser, ".pm-countermeasures__missing"), "the summary line counts down");
            assertEquals(ENGLISH.text("postmortems.countermeasures.create.button", 1, "OPS", "Task"),
                    text(browser, ".pm-create-issues"));
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
            assertEquals(List.of(), browser.problems().stream().filter(p -> p.toString().contains("error")).toList());
        }
    }

    @Test
    void aRowUntickedInTheDialogIsNotSentAndEscapeClosesTheDialogWithoutCreating() throws IOException {
        String board = EditorsBoard.render();
        List<String> rowIds = rowIds(board);

        try (BrowserPage browser = open("create-button-untick", board, shims(rowIds, null))) {
            press(browser);
            browser.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'})),"
                    + " document.querySelector('.pm-create-dialog').dispatchEvent(new Event('cancel')), true");
            assertFalse(browser.evaluate("document.querySelector('.pm-create-dialog').open").getAsBoolean());
            assertTrue(browser.evaluate("document.activeElement.classList.contains('pm-create-issues')")
                    .getAsBoolean(), "the focus goes back to the button");
            assertEquals("[]", browser.evaluate("JSON.stringify(window.calls)").getAsString());

            press(browser);
            browser.evaluate("document.querySelector('.pm-create-dialog__row[value=\"" + rowIds.get(1)
                    + "\"]').click(), true");
            assertEquals(ENGLISH.text("postmortems.countermeasures.create.dialog.confirm", 1),
                    text(browser, ".pm-create-dialog__confirm"));
            confirm(browser);

            assertEquals("{\"rows\":[\"" + rowIds.get(2) + "\"]}", browser.evaluate("window.bodies[1]").getAsString());
        }
    }

    @Test
    void consentNeededShowsOneAuthenticateLinkForTheBoardAndNothingOnTheRows() throws IOException {
        String board = EditorsBoard.render();
        List<String> rowIds = rowIds(board);
        String consent = "{kind: 'CONSENT_NEEDED', message: 'Jira needs your permission before Confluence can create"
                + " issues for you.', link: 'https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/"
                + "authorize'}";

        try (BrowserPage browser = open("create-button-consent", board, shims(rowIds, consent))) {
            press(browser);
            confirm(browser);

            assertEquals("Jira needs your permission before Confluence can create issues for you. "
                    + ENGLISH.text("postmortems.countermeasures.connection.consent"),
                    text(browser, ".pm-countermeasures__state"));
            assertEquals("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize",
                    browser.evaluate("document.querySelector('.pm-countermeasures__state a').href").getAsString());
            assertEquals("", browser.evaluate("Array.from(document.querySelectorAll('.pm-cm__result'))"
                    + ".map(r => r.textContent).join('')").getAsString(), "no row says anything");
            assertEquals("", text(browser, ".pm-create-progress"));
            assertFalse(browser.evaluate("document.body.innerText.toLowerCase().includes('again')").getAsBoolean(),
                    "nothing asks to press again");
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
        }
    }

    private static BrowserPage open(String name, String board, String shims) throws IOException {
        Path page = EditorsBoard.page(name, board, shims);
        BrowserPage browser = headless.chromium().newPage();
        browser.open(page);
        return browser;
    }

    private static List<String> rowIds(String board) {
        return org.jsoup.Jsoup.parse(board).select("tr[data-row-id]").eachAttr("data-row-id");
    }

    private static void press(BrowserPage browser) {
        browser.evaluate("document.querySelector('.pm-create-issues').click(), true");
    }

    /** Confirms the dialog and waits until the press has run. */
    private static void confirm(BrowserPage browser) {
        browser.evaluate("document.querySelector('.pm-create-dialog__confirm').click(), true");
        browser.evaluate("new Promise(done => { const wait = () => document.querySelector('.pm-create-issues')"
                + ".disabled ? setTimeout(wait, 20) : done(true); wait(); })");
    }

    private static String text(BrowserPage browser, String selector) {
        return browser.evaluate("document.querySelector('" + selector + "').textContent.trim()").getAsString();
    }

    /** The texts of the row's elements that match {@code selector}, in page order. */
    private static String cell(BrowserPage browser, String rowId, String selector) {
        return browser.evaluate("Array.from(document.querySelector('tr[data-row-id=\"" + rowId + "\"]')"
                + ".querySelectorAll('" + selector + "')).map(e => e.textContent.trim()).join(' ')").getAsString();
    }

    private static boolean hasClass(BrowserPage browser, String rowId, String selector, String css) {
        return browser.evaluate("document.querySelector('tr[data-row-id=\"" + rowId + "\"] " + selector
                + "').classList.contains('" + css + "')").getAsBoolean();
    }

    /**
     * AJS.I18n as AUI has it, and a fetch that answers like the plugin's REST resource: the plan, then row 2 created
     * and row 3 refused, one per batch; or, given {@code state}, that state at the first create.
     */
    static String shims(List<String> rowIds, String state) {
        JsonArray plan = new JsonArray();
        for (int i = 0; i < rowIds.size(); i++) {
            JsonObject row = new JsonObject();
            row.addProperty("rowId", rowIds.get(i));
            row.addProperty("row", i + 1);
            row.addProperty("key", i == 0 ? "OPS-101" : null);
            plan.add(row);
        }
        return EditorsBoard.AUI_GET_TEXT + """
                window.calls = []; window.headers = []; window.bodies = [];
                const plan = %s;
                const state = %s;
                const answers = {
                  '%s': {rowId: '%s', kind: 'CREATED', key: 'OPS-102', message: 'Created OPS-102.', notes: [],
                         tracked: true, retryable: false},
                  '%s': {rowId: '%s', kind: 'REJECTED', key: null,
                         message: 'Jira refused the issue: duedate: not on the screen', notes: [], tracked: false,
                         retryable: false}
                };
                window.fetch = function (url, init) {
                  window.calls.push(init.method + ' ' + url);
                  window.headers.push(init.headers);
                  window.bodies.push(init.body === undefined ? null : init.body);
                  const chosen = init.body ? JSON.parse(init.body).rows : [];
                  const body = init.method === 'GET' ? {rows: plan, unplaced: []}
                      : state ? {rows: [], written: 0, next: null, remaining: 0, state: state}
                      : url.endsWith('?from=0') ? {rows: [answers[chosen[0]]], written: 1,
                          next: chosen.length > 1 ? 2 : null, remaining: chosen.length - 1}
                      : {rows: [answers[chosen[1]]], written: 0, next: null, remaining: 0};
                  return new Promise(resolve => setTimeout(() => resolve({ok: true, status: 200,
                      json: () => Promise.resolve(body)}), 15));
                };
                """.formatted(plan, state == null ? "null" : state, rowIds.get(1), rowIds.get(1), rowIds.get(2),
                rowIds.get(2));
    }
}
