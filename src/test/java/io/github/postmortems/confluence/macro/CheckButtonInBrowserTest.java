package io.github.postmortems.confluence.macro;

import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Check Jira issues" button in a real headless Chromium: the sample page's typed OPS-101 is not read from Jira
 * yet, so an editor gets the button; a stand-in for the REST resource behind {@code fetch} answers like it.
 */
class CheckButtonInBrowserTest {

    @RegisterExtension
    static final Browser headless = Browser.plain();

    @Test
    void postsOnceWithTheXsrfHeaderAndShowsWhatTheServerSaidWithAReloadLink() throws IOException {
        Path page = EditorsBoard.page("check-button", EditorsBoard.render(), SHIMS);

        try (BrowserPage browser = headless.chromium().newPage()) {
            browser.open(page);
            browser.evaluate("document.querySelector('.pm-check-issues').click(), true");
            browser.evaluate("new Promise(done => { const wait = () => document.querySelector('.pm-check-issues')"
                    + ".disabled ? setTimeout(wait, 20) : done(true); wait(); })");

            assertEquals("[\"POST /confluence/rest/postmortems/1.0/pages/98305/jira-checks\"]",
                    browser.evaluate("JSON.stringify(window.calls)").getAsString());
            assertTrue(browser.evaluate("window.headers.every(h => h['X-Atlassian-Token'] === 'no-check')")
                    .getAsBoolean(), "the call carries the XSRF header");
            assertEquals("1 typed key was read from Jira with your account; its status shows after a reload. "
                            + BundleMessages.english().text("postmortems.countermeasures.create.reload"),
                    browser.evaluate("document.querySelector('.pm-create-progress').textContent").getAsString());
            assertEquals(List.of(), EditorsBoard.keysShown(browser));
            assertEquals(List.of(), browser.problems().stream().filter(p -> p.toString().contains("error")).toList());
        }
    }

    /** AJS.I18n as AUI has it outside Confluence's jsI18n transform, and a fetch that answers like the endpoint. */
    private static final String SHIMS = EditorsBoard.AUI_GET_TEXT + """
            window.calls = []; window.headers = [];
            window.fetch = function (url, init) {
              window.calls.push(init.method + ' ' + url);
              window.headers.push(init.headers);
              const body = {read: ['OPS-101'], unreadable: [],
                  message: '1 typed key was read from Jira with your account; its status shows after a reload.'};
              return new Promise(resolve => setTimeout(() => resolve({ok: true, status: 200,
                  json: () => Promise.resolve(body)}), 15));
            };
            """;
}
