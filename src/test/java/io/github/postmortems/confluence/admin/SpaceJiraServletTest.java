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
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.Theme;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.settings.SpaceSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The space tools page where a space administrator chooses the space's Jira project, issue type and priorities. */
class SpaceJiraServletTest {

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final Space engineering = mock(Space.class);
    private final ConfluenceUser user = mock(ConfluenceUser.class);
    private final StringWriter body = new StringWriter();
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;

    @BeforeEach
    void wire() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getParameter("key")).thenReturn("ENG");
        when(spaces.getSpace("ENG")).thenReturn(engineering);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    private SpaceJiraServlet servlet(AdminFixture fixture) {
        return new SpaceJiraServlet(new SpaceAdminAccess(fixture.access(), permissions, spaces), fixture.store,
                fixture.application, fixture.renderer, mock(LoginUriProvider.class), fixture.approvalRules, fixture.slo,
                fixture.messages);
    }

    private static AdminFixture spaceChoseItsProject() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();
        fixture.store.saveSpace("ENG", new SpaceSettings("ENG", "", Map.of("P2", "Low")));
        return fixture;
    }

    @Test
    void showsTheSpacesChoiceWithTheSitesValuesWhereItChoseNothing() throws Exception {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);

        servlet(spaceChoseItsProject()).doGet(request, response);

        verify(response).setStatus(200);
        Document page = Jsoup.parse(body.toString());
        assertEquals("Jira project for countermeasures of space ENG", page.selectFirst("h2").text());
        assertEquals("ENG", page.getElementById("pm-projectKey").val());
        assertEquals("", page.getElementById("pm-issueType").val());
        assertEquals("Task", page.getElementById("pm-issueType").attr("placeholder"), "the site's issue type applies");
        assertEquals("Low", page.getElementById("pm-priority-P2").val());
        assertEquals("Highest", page.getElementById("pm-priority-P1").attr("placeholder"));
        assertEquals("/confluence/rest/postmortems/1.0/admin/space/ENG/jira",
                page.getElementById("pm-space-form").attr("data-rest-url"));
    }

    /** Issue 15 item 6: the link Jira puts on an incident, with a Copy button, for this space. */
    @Test
    void offersTheCreateDialogLinkForJiraWithACopyButton() throws Exception {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        servlet(spaceChoseItsProject()).doGet(request, response);
        Document rendered = Jsoup.parse(body.toString());
        assertEquals("https://wiki.example.com/confluence/?createDialog=true&createDialogSpaceKey=ENG"
                + "&createDialogBlueprintKey=io.github.postmortems.confluence%3Ablueprint-postmortem"
                + "&postmortemIncident={{issue.key}}", rendered.getElementById("pm-create-link").val());
        assertTrue(rendered.getElementById("pm-create-link").hasAttr("readonly"));
        rendered.select("script").remove();
        String html = rendered.body().html() + """
                <script>window.PostmortemsAdminFetch = function () { return new Promise(function () {}); };</script>
                <script src="%s"></script>
                <script src="%s"></script>""".formatted(
                Path.of("src/main/resources/js/postmortems-admin.js").toAbsolutePath().toUri(),
                Path.of("src/main/resources/js/postmortems-space-jira.js").toAbsolutePath().toUri());
        Path file = LookPage.titled("Space tools").fragment(html)
                .write(LookEnvironment.targetDirectory().resolve("look"), "admin-space-copy", Theme.LIGHT);
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.querySelector('[data-copy-link]').click()");
            String said = "";
            for (int i = 0; i < 50 && said.isEmpty(); i++) {
                Thread.sleep(20);
                said = tab.evaluate("document.querySelector('[data-copy-status]').textContent").getAsString();
            }
            assertTrue(java.util.Set.of("The link is on your clipboard.",
                    "The link could not be copied: it is selected, copy it with your keyboard.").contains(said), said);
        }
    }

    @Test
    void someoneWhoDoesNotAdministerTheSpaceIsRefused() throws Exception {
        servlet(spaceChoseItsProject()).doGet(request, response);

        verify(response).setStatus(403);
        assertTrue(body.toString().contains("Only administrators of this space"), body.toString());
    }

    @Test
    void theSpacePageReadsWellInLightAndDark() throws Exception {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        servlet(spaceChoseItsProject()).doGet(request, response);
        Document page = Jsoup.parse(body.toString());
        page.select("script").remove();

        headless.look().assertLooksRight("admin-space", LookPage.titled("Space tools").withSidebarCollapsed()
                .stylesheet(Path.of("src/main/resources/css/postmortems-admin.css")).fragment(page.body().html()));
    }

    @Test
    void savingPutsTheSpacesFormAndPlacesEachProblemBesideItsField() throws Exception {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        servlet(spaceChoseItsProject()).doGet(request, response);
        Document rendered = Jsoup.parse(body.toString());
        rendered.select("script").remove();
        String html = rendered.body().html() + """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, body: options.body});
                  var answer = {message: 'Nothing was saved. Correct the fields marked below.',
                                errors: {projectKey: 'Not a project key.'}};
                  return Promise.resolve({status: 400, json: function () { return Promise.resolve(answer); }});
                };
                </script>
                <script src="%s"></script>
                <script src="%s"></script>""".formatted(
                Path.of("src/main/resources/js/postmortems-admin.js").toAbsolutePath().toUri(),
                Path.of("src/main/resources/js/postmortems-space-jira.js").toAbsolutePath().toUri());
        Path file = LookPage.titled("Space tools").fragment(html)
                .write(LookEnvironment.targetDirectory().resolve("look"), "admin-space-saving", Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.getElementById('pm-projectKey').value = '1eng'; PostmortemsSpaceJira.page.save()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/space/ENG/jira", sent.get("url").getAsString());
            assertEquals("PUT", sent.get("method").getAsString());
            JsonObject form = JsonParser.parseString(sent.get("body").getAsString()).getAsJsonObject();
            assertEquals("1eng", form.get("projectKey").getAsString());
            assertEquals("Low", form.getAsJsonObject("priorities").get("P2").getAsString());
            assertEquals("", form.getAsJsonObject("priorities").get("P1").getAsString(), "empty: the site's");
            assertEquals("Not a project key.",
                    tab.evaluate("document.querySelector(\".error[data-field='projectKey']\").textContent").getAsString());
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
    }
}
