package io.github.postmortems.confluence.macro;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.Chromium;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Create Jira issues" button's script in a real headless Chromium: the macro as it renders for an editor, and a
 * stand-in for the plugin's REST resource behind {@code fetch} that answers like it, one row per batch here (row 2
 * created, then row 3 refused).
 * AJS.I18n behaves as AUI's does for a key the jsI18n transform did not fill in: it answers the key itself, so a text
 * the script took from anywhere but the page would show as a key.
 */
class CreateButtonInBrowserTest {

    @RegisterExtension
    static final Browser headless = Browser.plain();

    @Test
    void createsInBatchesGoingOnWhereEachAnswerSaysAndShowsEachResultOnItsLine() throws IOException {
        String board = EditorsBoard.render();
        List<String> rowIds = org.jsoup.Jsoup.parse(board).select("tr[data-row-id]").eachAttr("data-row-id");

        Path page = EditorsBoard.page("create-button", board, shims(rowIds));

        try (BrowserPage browser = headless.chromium().newPage()) {
            browser.open(page);
            browser.evaluate("document.querySelector('.pm-create-issues').click(), true");
            browser.evaluate("new Promise(done => { const wait = () => document.querySelector('.pm-create-issues')"
                    + ".disabled ? setTimeout(wait, 20) : done(true); wait(); })");

            assertEquals("[\"GET /confluence/rest/postmortems/1.0/pages/98305/jira-issues\","
                            + "\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-issues?from=0\","
                            + "\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-issues?from=2\"]",
                    browser.evaluate("JSON.stringify(window.calls)").getAsString());
            assertTrue(browser.evaluate("window.headers.every(h => h['X-Atlassian-Token'] === 'no-check')")
                    .getAsBoolean(), "every call carries the XSRF header");
            assertEquals("Created OPS-102.", resultOf(browser, rowIds.get(1)));
            assertEquals("Jira refused the issue: duedate: not on the screen", resultOf(browser, rowIds.get(2)));
            assertTrue(browser.evaluate("document.querySelector('tr[data-row-id=\"" + rowIds.get(2) + "\"] "
                    + ".pm-cm__result').classList.contains('pm-cm__result--failed')").getAsBoolean());
            BundleMessages english = BundleMessages.english();
            assertEquals(english.text("postmortems.countermeasures.create.partly", 1, 1) + " "
                            + english.text("postmortems.countermeasures.create.reload"),
                    browser.evaluate("document.querySelector('.pm-create-progress').textContent").getAsString());
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
            assertEquals(List.of(), browser.problems().stream().filter(p -> p.toString().contains("error")).toList());
        }
    }

    private static String resultOf(BrowserPage browser, String rowId) {
        return browser.evaluate("document.querySelector('tr[data-row-id=\"" + rowId + "\"] .pm-cm__result')"
                + ".textContent").getAsString();
    }

    /** AJS.I18n that shows key and arguments, and a fetch that answers like the plugin's REST resource. */
    private static String shims(List<String> rowIds) {
        JsonArray plan = new JsonArray();
        for (int i = 0; i < rowIds.size(); i++) {
            JsonObject row = new JsonObject();
            row.addProperty("rowId", rowIds.get(i));
            row.addProperty("row", i + 1);
            row.addProperty("key", i == 0 ? "OPS-101" : null);
            plan.add(row);
        }
        return EditorsBoard.AUI_GET_TEXT + """
                window.calls = []; window.headers = [];
                const plan = %s;
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
                  const body = init.method === 'GET' ? {rows: plan, unplaced: []}
                      : url.endsWith('?from=0') ? {rows: [answers['%s']], written: 1, next: 2, remaining: 1}
                      : {rows: [answers['%s']], written: 0, next: null, remaining: 0};
                  return new Promise(resolve => setTimeout(() => resolve({ok: true, status: 200,
                      json: () => Promise.resolve(body)}), 15));
                };
                """.formatted(plan, rowIds.get(1), rowIds.get(1), rowIds.get(2), rowIds.get(2), rowIds.get(1),
                rowIds.get(2));
    }
}
