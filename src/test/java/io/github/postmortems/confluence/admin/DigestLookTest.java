package io.github.postmortems.confluence.admin;

import com.google.gson.JsonObject;
import io.github.postmortems.confluence.rest.admin.DigestSettingsResource;
import io.github.postmortems.digest.DigestLinks;
import io.github.postmortems.digest.DigestMail;
import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.digest.DueCountermeasure;
import io.github.postmortems.digest.OutgoingMail;
import io.github.postmortems.digest.PersonalDigest;
import io.github.postmortems.digest.Recipient;
import io.github.postmortems.digest.WaitingPostmortem;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.Theme;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.BundleMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Weekly digest" on the site's settings page in headless Chromium with AUI's CSS (light and dark, 1024 px), saved by
 * the page's script through the real resource and shown again on reload; and the digest mail itself as a mail client
 * would show it, in each bundled language, at the look's width and on a phone.
 */
class DigestLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-admin.css");
    private static final Path ADMIN_SCRIPT = Path.of("src/main/resources/js/postmortems-admin.js");
    private static final Path SCRIPT = Path.of("src/main/resources/js/postmortems-digest.js");

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    private static Document adminPage(AdminFixture fixture) {
        return Jsoup.parse(fixture.renderer.render(AdminServlet.PAGE_TEMPLATE, Map.of("page", fixture.pages().page())));
    }

    /** The digest section alone (the rest of the page has its own look tests), then the scripts. */
    private static String section(Document page, String before, String after) {
        return page.getElementById("pm-digest-form").outerHtml() + before + """
                <script src="%s"></script>
                <script src="%s"></script>""".formatted(ADMIN_SCRIPT.toAbsolutePath().toUri(),
                SCRIPT.toAbsolutePath().toUri()) + after;
    }

    @Test
    void theSectionReadsWellWithAProblemBesideTheDay() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String problem = """
                <script>
                (function () {
                  var form = document.getElementById('pm-digest-form');
                  var left = PostmortemsAdmin.showErrors(form, {day: 'Choose a day of the week.'});
                  PostmortemsAdmin.showMessage(form.querySelector('.pm-digest__message'), 'error',
                    'Nothing was saved. Correct the fields marked below.', left);
                }());
                </script>""";

        headless.look().assertLooksRight("admin-digest", LookPage.titled("Confluence administration")
                .withSidebarCollapsed().stylesheet(STYLESHEET).fragment(section(adminPage(fixture), "", problem)));
    }

    @Test
    void savingFromThePageKeepsTheSwitchAndTheDayOnReload() throws Exception {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();
        String capture = """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, body: options.body});
                  return Promise.resolve({status: 200, json: function () {
                    return Promise.resolve({message: 'Digest settings saved.'}); }});
                };
                </script>""";
        Path file = LookPage.titled("Confluence administration").fragment(section(adminPage(fixture), capture, ""))
                .write(LookEnvironment.targetDirectory().resolve("look"), "admin-digest-saving", Theme.LIGHT);

        String body;
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertTrue(tab.evaluate("document.getElementById('pm-digest-enabled').getBoundingClientRect().width")
                    .getAsDouble() > 0, "the switch shows its checkbox");
            tab.evaluate("document.getElementById('pm-digest-enabled').checked = false;"
                    + "document.getElementById('pm-digest-day').value = 'FRIDAY';"
                    + "document.querySelector('.pm-digest__save').click()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/digest", sent.get("url").getAsString());
            assertEquals("PUT", sent.get("method").getAsString());
            body = sent.get("body").getAsString();
            String said = "";
            for (int i = 0; i < 50 && said.isEmpty(); i++) {
                Thread.sleep(20);
                said = tab.evaluate("document.querySelector('.pm-digest__message .aui-message-success')"
                        + " ? document.querySelector('.pm-digest__message').textContent : ''").getAsString();
            }
            assertEquals("Digest settings saved.", said);
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
        Response saved = new DigestSettingsResource(fixture.access(), fixture.digest, fixture.messages).save(body);
        assertEquals(200, saved.getStatus(), String.valueOf(saved.getEntity()));

        Document reloaded = adminPage(fixture);
        assertFalse(reloaded.getElementById("pm-digest-enabled").hasAttr("checked"));
        assertEquals("FRIDAY", reloaded.selectFirst("#pm-digest-day option[selected]").val());
        assertEquals(new DigestSettings(false, DayOfWeek.FRIDAY), fixture.digest.load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void theDigestMailReadsInAMailClientAtTheLookWidthAndOnAPhone(String language) throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 9);
        Recipient to = new Recipient("k-ada", "Ada Lovelace-Byron", "ada@example.com", Locale.forLanguageTag(language));
        PersonalDigest digest = new PersonalDigest(to, today);
        digest.add(new DueCountermeasure(4711, "OPS", "Postmortem: checkout outage after database failover", 1,
                "Alert on replica lag above 5 s and page the database on-call before customers notice",
                new UserRef.ByKey("k-ada"), today.minusDays(8), "OPS-101"));
        digest.add(new DueCountermeasure(4711, "OPS", "Postmortem: checkout outage after database failover", 2,
                "Make the connection pool reconnect after failover", new UserRef.ByKey("k-ada"), today.plusDays(6),
                null));
        digest.add(new DueCountermeasure(99, "PAYMENTS-PLATFORM", "Card <payments> & \"retries\"", 1,
                "Retry budget: " + "x".repeat(60), new UserRef.ByKey("k-ada"), today, null));
        digest.add(new WaitingPostmortem(12, "OPS", "Certificate expiry on the public API gateway",
                new UserRef.ByKey("k-ada"), WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null));
        OutgoingMail mail = new DigestMail(new DigestLinks() {
            @Override
            public String page(long pageId) {
                return "https://wiki.example.com/confluence/pages/viewpage.action?pageId=" + pageId;
            }

            @Override
            public String stop(String userKey) {
                return "https://wiki.example.com/confluence/plugins/servlet/postmortems/digest?user=" + userKey
                        + "&token=dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu";
            }
        }).write(digest, BundleMessages.of(language));
        Path file = LookEnvironment.targetDirectory().resolve("look").resolve("digest-mail-" + language + ".html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, mail.html());

        for (int width : new int[] {1024, 375}) {
            try (BrowserPage tab = headless.chromium().newPage()) {
                tab.viewport(width, 768).open(file);
                assertTrue(tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
                        .getAsBoolean(), language + " at " + width + " px: the mail is wider than the window");
                assertEquals(4, tab.evaluate("document.querySelectorAll('li a[href^=\"https://\"]').length").getAsInt());
                assertEquals("", tab.evaluate("(document.body.innerText.match(/postmortems\\.[a-z-]+\\.[a-z.-]+/) || [''])[0]")
                        .getAsString(), "an i18n key shown");
                assertTrue(tab.evaluate("document.body.innerText").getAsString().contains("Card <payments> & \"retries\""),
                        "the title shown as typed, not as markup");
                Files.write(LookEnvironment.targetDirectory().resolve("screenshots")
                        .resolve("digest-mail-" + language + "-" + width + ".png"), tab.screenshot());
                assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
            }
        }
    }
}
