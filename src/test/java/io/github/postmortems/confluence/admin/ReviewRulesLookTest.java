package io.github.postmortems.confluence.admin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.rest.admin.SpaceReviewRulesResource;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.Theme;
import io.github.postmortems.review.ApprovalRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * "Review and sign-off" on the site's settings page and on a space's, in headless Chromium with AUI's CSS, light and
 * dark at the look's widths: the rules shown, problems beside their fields, and a space's own rules saved by the
 * page's script through the real resource and shown again on reload.
 */
class ReviewRulesLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-admin.css");
    private static final Path ADMIN_SCRIPT = Path.of("src/main/resources/js/postmortems-admin.js");
    private static final Path SCRIPT = Path.of("src/main/resources/js/postmortems-review-rules.js");

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final Space engineering = mock(Space.class);
    private final ConfluenceUser user = mock(ConfluenceUser.class);
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;

    @BeforeEach
    void wire() {
        when(spaces.getSpace("ENG")).thenReturn(engineering);
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    private SpaceAdminAccess access(AdminFixture fixture) {
        return new SpaceAdminAccess(fixture.access(), permissions, spaces);
    }

    /** The space tools page as the servlet renders it, for space ENG. */
    private Document spacePage(AdminFixture fixture) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getParameter("key")).thenReturn("ENG");
        new SpaceJiraServlet(access(fixture), fixture.store, fixture.application, fixture.renderer,
                mock(LoginUriProvider.class), fixture.approvalRules, fixture.slo, fixture.messages)
                .doGet(request, response);
        return Jsoup.parse(body.toString());
    }

    /** A page's body without its scripts, then {@code before}, the admin helpers and the section's script. */
    private static String withScripts(Document page, String before) {
        return withScripts(page, before, "");
    }

    private static String withScripts(Document page, String before, String after) {
        page.select("script").remove();
        return page.body().html() + before + """
                <script src="%s"></script>
                <script src="%s"></script>""".formatted(ADMIN_SCRIPT.toAbsolutePath().toUri(),
                SCRIPT.toAbsolutePath().toUri()) + after;
    }

    private static final String REFUSED = """
            <script>window.PostmortemsAdminFetch = function () { return new Promise(function () {}); };</script>""";

    private static final String SHOW_PROBLEMS = """
            <script>
            (function () {
              var form = document.getElementById('pm-review-form');
              var left = PostmortemsAdmin.showErrors(form, {
                users: '\\u201cxxxxxxxxxxxxxxxxxxxx\\u2026\\u201d is too long: at most 255 characters a name.',
                'approvals.SEV1': 'A whole number from 1 to 5.'});
              PostmortemsAdmin.showMessage(form.querySelector('.pm-review__message'), 'error',
                'Nothing was saved. Correct the fields marked below.', left);
            }());
            </script>""";

    @Test
    void theSitesSectionShowsTheDefaultsAndReadsWellWithProblemsBesideItsFields() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        Document page = Jsoup.parse(fixture.renderer.render(AdminServlet.PAGE_TEMPLATE,
                Map.of("page", fixture.pages().page())));

        assertEquals("Review and sign-off", page.selectFirst("#pm-admin-review h3").text());
        assertEquals("2", page.getElementById("pm-review-approvals-SEV1").val());
        assertEquals("1", page.getElementById("pm-review-approvals-SEV4").val());
        assertEquals("/confluence/rest/postmortems/1.0/admin/review",
                page.getElementById("pm-review-form").attr("data-rest-url"));
        assertTrue(page.select("#pm-review-form input[name=own]").isEmpty(), "the site has no site's rules to use");

        headless.look().assertLooksRight("admin-review", LookPage.titled("Confluence administration")
                .withSidebarCollapsed().stylesheet(STYLESHEET).fragment(withScripts(page, REFUSED, SHOW_PROBLEMS)));
    }

    @Test
    void aSpacesOwnRulesReadWellWithProblemsBesideTheirFields() throws Exception {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();
        fixture.approvalRules.saveSpace("ENG", Optional.of(new ApprovalRules(Set.of("alice", "bob"),
                Set.of("sre-leads", "Incident Managers"), Map.of(1, 3, 2, 2, 3, 1, 4, 1))));
        Document page = spacePage(fixture);

        assertTrue(page.getElementById("pm-review-own-true").hasAttr("checked"));
        assertEquals("alice\nbob", page.getElementById("pm-review-users").val());

        headless.look().assertLooksRight("admin-space-review", LookPage.titled("Space tools").withSidebarCollapsed()
                .stylesheet(STYLESHEET).fragment(withScripts(page, REFUSED, SHOW_PROBLEMS)));
    }

    @Test
    void savingTheSpacesOwnRulesKeepsThemOnReload() throws Exception {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();
        Document before = spacePage(fixture);
        assertTrue(before.getElementById("pm-review-own-false").hasAttr("checked"), "the site's rules by default");
        String capture = """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, headers: options.headers, body: options.body});
                  return Promise.resolve({status: 200, json: function () {
                    return Promise.resolve({message: 'Review rules of space ENG saved.'}); }});
                };
                </script>""";
        Path file = LookPage.titled("Space tools").fragment(withScripts(before, capture))
                .write(LookEnvironment.targetDirectory().resolve("look"), "admin-space-review-saving", Theme.LIGHT);

        String sentBody;
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.getElementById('pm-review-own-true').checked = true;"
                    + "document.getElementById('pm-review-users').value = 'alice\\ncarol, dave';"
                    + "document.getElementById('pm-review-groups').value = 'sre-leads';"
                    + "document.getElementById('pm-review-approvals-SEV1').value = '4';"
                    + "document.querySelector('.pm-review__save').click()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/space/ENG/review", sent.get("url").getAsString());
            assertEquals("PUT", sent.get("method").getAsString());
            assertEquals("no-check", sent.getAsJsonObject("headers").get("X-Atlassian-Token").getAsString());
            sentBody = sent.get("body").getAsString();
            String said = "";
            for (int i = 0; i < 50 && said.isEmpty(); i++) {
                Thread.sleep(20);
                said = tab.evaluate("document.querySelector('.pm-review__message .aui-message-success')"
                        + " ? document.querySelector('.pm-review__message').textContent : ''").getAsString();
            }
            assertEquals("Review rules of space ENG saved.", said);
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
        JsonObject form = JsonParser.parseString(sentBody).getAsJsonObject();
        assertTrue(form.get("own").getAsBoolean());

        Response saved = new SpaceReviewRulesResource(access(fixture), fixture.approvalRules, fixture.messages)
                .save("ENG", sentBody);
        assertEquals(200, saved.getStatus(), String.valueOf(saved.getEntity()));
        Document reloaded = spacePage(fixture);

        assertTrue(reloaded.getElementById("pm-review-own-true").hasAttr("checked"));
        assertFalse(reloaded.getElementById("pm-review-own-false").hasAttr("checked"));
        assertEquals("alice\ncarol\ndave", reloaded.getElementById("pm-review-users").val());
        assertEquals("sre-leads", reloaded.getElementById("pm-review-groups").val());
        assertEquals("4", reloaded.getElementById("pm-review-approvals-SEV1").val());
        assertEquals("2", reloaded.getElementById("pm-review-approvals-SEV2").val());
        assertEquals(ApprovalRules.siteDefaults(), fixture.approvalRules.site(), "the site's are untouched");
    }

    @Test
    void aRefusedSaveKeepsEverythingTyped() throws Exception {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();
        String refuse = """
                <script>
                window.PostmortemsAdminFetch = function () {
                  return Promise.resolve({status: 400, json: function () { return Promise.resolve(
                    {message: 'Nothing was saved. Correct the fields marked below.',
                     errors: {'approvals.SEV2': 'A whole number from 1 to 5.'}}); }});
                };
                </script>""";
        Path file = LookPage.titled("Space tools").fragment(withScripts(spacePage(fixture), refuse))
                .write(LookEnvironment.targetDirectory().resolve("look"), "admin-space-review-refused", Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.getElementById('pm-review-own-true').checked = true;"
                    + "document.getElementById('pm-review-users').value = 'alice';"
                    + "document.getElementById('pm-review-approvals-SEV2').value = '9';"
                    + "PostmortemsReviewRules.page.save()");
            String error = "";
            for (int i = 0; i < 50 && error.isEmpty(); i++) {
                Thread.sleep(20);
                error = tab.evaluate("document.querySelector(\".error[data-field='approvals.SEV2']\").textContent")
                        .getAsString();
            }
            assertEquals("A whole number from 1 to 5.", error);
            assertEquals("true", tab.evaluate("document.getElementById('pm-review-approvals-SEV2')"
                    + ".getAttribute('aria-invalid')").getAsString());
            assertEquals("alice", tab.evaluate("document.getElementById('pm-review-users').value").getAsString());
            assertEquals("9", tab.evaluate("document.getElementById('pm-review-approvals-SEV2').value").getAsString());
            assertTrue(tab.evaluate("document.getElementById('pm-review-own-true').checked").getAsBoolean());
            assertTrue(tab.evaluate("document.getElementById('pm-review-own-true').getBoundingClientRect().width")
                    .getAsDouble() > 0, "the choice shows its radio button");
        }
    }
}
