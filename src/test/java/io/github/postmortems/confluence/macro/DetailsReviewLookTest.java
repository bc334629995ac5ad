package io.github.postmortems.confluence.macro;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.Theme;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static io.github.postmortems.confluence.macro.ReviewCards.Status;
import static io.github.postmortems.confluence.macro.ReviewCards.Who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The details card's review in a real headless Chromium with AUI's CSS, light and dark, at 1024 px: the card in each
 * status (draft, in review, approved with its snapshot open, changed since approval, published) and both dialogs
 * open, in each bundled language; and the script driven: a step posted as JSON with the token header, a refusal
 * shown in the dialog.
 */
class DetailsReviewLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");
    private static final Path SCRIPT = Path.of("src/main/resources/js/postmortems-review.js");

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    private static String card(String language, Status status, Who who) {
        return ReviewCards.card(BundleMessages.of(language), status, who);
    }

    /** As after a click on the summary: the browser opens a details element by this attribute, no script. */
    private static String snapshotOpen(String card) {
        return card.replace("<details class=\"pm-review__approved\">", "<details class=\"pm-review__approved\" open>");
    }

    /** A dialog as AUI shows it: visible, in its layer. */
    private static String dialogOpen(String card, String dialog) {
        String closed = "aria-hidden=\"true\" hidden data-pm-review-dialog=\"" + dialog + "\"";
        assertTrue(card.contains(closed), card);
        return card.replace(closed, "aria-hidden=\"false\" open data-pm-review-dialog=\"" + dialog + "\"");
    }

    private static LookPage page(String title) {
        return LookPage.titled(title).stylesheet(STYLESHEET);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr"})
    void theCardReadsWellInEveryStatusInEveryLanguage(String language) {
        headless.look().assertLooksRight("details-review-draft-" + language,
                page("Postmortem: draft").fragment(card(language, Status.DRAFT, Who.EDITOR)));
        headless.look().assertLooksRight("details-review-in-review-" + language,
                page("Postmortem: in review").fragment(card(language, Status.IN_REVIEW, Who.APPROVER_WHO_READS)));
        headless.look().assertLooksRight("details-review-approved-" + language,
                page("Postmortem: approved").fragment(snapshotOpen(card(language, Status.APPROVED, Who.EDITOR))));
        headless.look().assertLooksRight("details-review-changed-" + language,
                page("Postmortem: changed since approval").fragment(card(language, Status.CHANGED, Who.EDITOR)));
        headless.look().assertLooksRight("details-review-published-" + language,
                page("Postmortem: published").fragment(snapshotOpen(card(language, Status.PUBLISHED, Who.READER))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr"})
    void bothDialogsReadWellOpen(String language) {
        headless.look().assertLooksRight("details-review-dialog-request-" + language,
                page("Postmortem: request review").fragment(
                        dialogOpen(card(language, Status.DRAFT, Who.EDITOR), "request")));
        headless.look().assertLooksRight("details-review-dialog-decide-" + language,
                page("Postmortem: approve").fragment(
                        dialogOpen(card(language, Status.IN_REVIEW, Who.APPROVER_WHO_READS), "decide")));
    }

    @Test
    void anApprovalIsPostedAsJsonWithTheTokenAndARefusalIsShownInTheDialog() throws Exception {
        String capture = """
                <script>
                window.PostmortemsReviewManualStart = true;
                window.sent = [];
                window.reloaded = 0;
                </script>""";
        String start = """
                <script>
                PostmortemsReview.init(document, function (url, options) {
                  window.sent.push({url: url, method: options.method, headers: options.headers, body: options.body});
                  return Promise.resolve({ok: false, status: 409, text: function () {
                    return Promise.resolve('{"message":"The postmortem is no longer at that step."}'); }});
                }, function () { window.reloaded++; });
                </script>""";
        String html = capture + card("en", Status.IN_REVIEW, Who.APPROVER_WHO_READS)
                + "<script src=\"" + SCRIPT.toAbsolutePath().toUri() + "\"></script>" + start;
        Path file = page("Postmortem: approve").fragment(html)
                .write(LookEnvironment.targetDirectory().resolve("look"), "details-review-driven", Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.querySelector('[data-pm-review-step=approve]').click()");
            assertEquals(false, tab.evaluate(
                    "document.querySelector('[data-pm-review-dialog=decide]').hidden").getAsBoolean(),
                    "the button opens the dialog");
            tab.evaluate("document.querySelector('[data-pm-review-dialog=decide] textarea').value = 'Clear <b>and</b> fair.';"
                    + "document.querySelector('[data-pm-review-dialog=decide] [data-pm-review-submit=approve]').click()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            String shown = "";
            for (int i = 0; i < 50 && shown.isEmpty(); i++) {
                Thread.sleep(20);
                shown = tab.evaluate("document.querySelector('[data-pm-review-dialog=decide] "
                        + ".pm-review-dialog__error').textContent").getAsString();
            }
            assertEquals("/confluence/rest/postmortems/1.0/pages/98305/review/approve", sent.get("url").getAsString());
            assertEquals("POST", sent.get("method").getAsString());
            assertEquals("no-check", sent.getAsJsonObject("headers").get("X-Atlassian-Token").getAsString());
            assertEquals("application/json", sent.getAsJsonObject("headers").get("Content-Type").getAsString());
            assertEquals("Clear <b>and</b> fair.", JsonParser.parseString(sent.get("body").getAsString())
                    .getAsJsonObject().get("comment").getAsString());
            assertEquals("The postmortem is no longer at that step.", shown);
            assertEquals(0, tab.evaluate("window.reloaded").getAsInt(), "a refusal does not reload");
            assertEquals(false, tab.evaluate("document.querySelector('[data-pm-review-dialog=decide] "
                    + "[data-pm-review-submit=approve]').disabled").getAsBoolean(), "and may be tried again");
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
    }

    @Test
    void reviewersAreSentAsUserNamesEachOnce() {
        String html = "<script>window.PostmortemsReviewManualStart = true;</script><script src=\""
                + SCRIPT.toAbsolutePath().toUri() + "\"></script>";
        Path file = page("Names").fragment(html)
                .write(LookEnvironment.targetDirectory().resolve("look"), "details-review-names", Theme.LIGHT);
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals("[\"kwong\",\"asmith\",\"j doe\"]", tab.evaluate(
                    "JSON.stringify(PostmortemsReview.names(' @kwong, asmith;\\n\\nkwong , j doe ,'))").getAsString());
        }
    }
}
