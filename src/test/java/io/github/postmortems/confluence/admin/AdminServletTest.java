package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.github.postmortems.text.BundleMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminServletTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    private final StringWriter body = new StringWriter();

    AdminServletTest() throws IOException {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://wiki.example.com/confluence/plugins/servlet/postmortems/admin"));
    }

    private Document get(AdminFixture fixture) throws IOException {
        new AdminServlet(fixture.access(), fixture.pages(), fixture.renderer, loginUris).doGet(request, response);
        return Jsoup.parse(body.toString());
    }

    @Test
    void administratorsGetTheFormWithTheWebhookAddressAndNeverTheToken() throws IOException {
        Document page = get(new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken());

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        assertFalse(body.toString().contains(AdminFixture.TOKEN), "the saved token is in the page");
        assertEquals("atl.admin", page.selectFirst("meta[name=decorator]").attr("content"));
        Element form = page.selectFirst("form#pm-admin-form.aui");
        assertNotNull(form);
        assertEquals("/confluence/rest/postmortems/1.0/admin", form.attr("data-rest-url"));
        assertTrue(page.selectFirst("#pm-connection-token").hasAttr("checked"));
        assertEquals("https://jira.example.com", page.selectFirst("#pm-baseUrl").val());
        Element token = page.selectFirst("#pm-token");
        assertEquals("password", token.attr("type"));
        assertEquals("", token.val());
        assertEquals("Saved \u2013 leave empty to keep it", token.attr("placeholder"));
        assertEquals("OPS", page.selectFirst("#pm-projectKey").val());
        assertEquals(List.of("Highest", "High", "Medium", "Low"),
                page.select("input[name^=priorities.]").eachAttr("value"));
        assertEquals("10", page.selectFirst("#pm-syncIntervalMinutes").val());
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook",
                page.selectFirst(".pm-admin__webhook-signed-url").val(), "the recommended address carries no secret");
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook?secret=" + AdminFixture.SECRET,
                page.selectFirst(".pm-admin__webhook-url").val());
        assertTrue(page.selectFirst(".pm-admin__query-warning").text().contains("access logs"));
        assertEquals("labels = postmortem", page.select(".pm-admin__copy").get(2).val());
        assertEquals(List.of("Issue: updated", "Issue: deleted"), page.select(".pm-admin__events li").eachText());
        assertEquals("/confluence/download/resources/io.github.postmortems.confluence:admin-resources/postmortems-admin.js",
                page.selectFirst("script").attr("src"));
    }

    @Test
    void theCreateDialogLinkForJiraIsDocumentedWithItsCopyButton() throws IOException {
        Document page = get(new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken());

        Element section = page.selectFirst("#pm-admin-create-link");
        assertEquals("https://wiki.example.com/confluence/?createDialog=true&createDialogSpaceKey=SPACEKEY"
                + "&createDialogBlueprintKey=io.github.postmortems.confluence%3Ablueprint-postmortem"
                + "&postmortemIncident={{issue.key}}", section.selectFirst("#pm-create-link").val());
        assertEquals("pm-create-link", section.selectFirst("button[data-copy-link]").attr("data-copy-link"));
        assertTrue(section.text().contains("in place of SPACEKEY"), section.text());
    }

    @Test
    void systemAdministratorsToo() throws IOException {
        get(new AdminFixture().signedInAs(AdminFixture.SYSADMIN));

        verify(response).setStatus(200);
    }

    @Test
    void theApplicationLinksAreOfferedEscapedWithTheSavedOneSelected() throws IOException {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);
        fixture.settings().save(new io.github.postmortems.settings.SettingsForm("applink", AdminFixture.SECOND_LINK_ID,
                "", "", "OPS", "", java.util.Map.of(), "10", ""));

        Document page = get(fixture);

        assertTrue(page.selectFirst("#pm-connection-applink").hasAttr("checked"));
        assertEquals(List.of(AdminFixture.LINK_ID, AdminFixture.SECOND_LINK_ID),
                page.select("#pm-applicationLinkId option").eachAttr("value"));
        assertEquals("Jira <Staging> & Test (https://jira-staging.example.com)",
                page.selectFirst("option[selected]").text());
        assertTrue(body.toString().contains("Jira &lt;Staging&gt; &amp; Test"));
        assertFalse(page.select(".pm-admin__no-secret").isEmpty(), "no secret, no address: the page says so");
        assertEquals("", page.selectFirst(".pm-admin__webhook-url").val());
        assertEquals("", page.selectFirst(".pm-admin__webhook-signed-url").val());
    }

    @Test
    void signedInUsersWhoAreNotAdministratorsGetForbiddenInTheirLanguage() throws IOException {
        Document page = get(new AdminFixture(BundleMessages.of("de")).signedInAs(AdminFixture.USER).savedWithToken());

        verify(response).setStatus(403);
        assertTrue(page.select("form").isEmpty());
        assertEquals("Nur Confluence-Administratoren k\u00f6nnen die Jira-Verbindung der Postmortems \u00e4ndern.",
                page.selectFirst(".aui-message-error").text());
        assertFalse(body.toString().contains(AdminFixture.SECRET));
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndBack() throws IOException {
        when(request.getQueryString()).thenReturn("tab=jira");
        URI back = URI.create("https://wiki.example.com/confluence/plugins/servlet/postmortems/admin?tab=jira");
        when(loginUris.getLoginUri(back)).thenReturn(URI.create("/confluence/login.action?os_destination=x"));

        get(new AdminFixture().signedInAs(null));

        verify(response).sendRedirect("/confluence/login.action?os_destination=x");
        verify(response, never()).getWriter();
    }

    @Test
    void anAnonymousRequestWithAMalformedQueryStringIsABadRequestNotAnEscapedException() throws IOException {
        when(request.getQueryString()).thenReturn("tab=%zz|<x>");

        get(new AdminFixture().signedInAs(null));

        verify(response).sendError(HttpServletResponse.SC_BAD_REQUEST);
        verify(response, never()).sendRedirect(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void theWeeklyDigestSectionShowsTheSavedSwitchAndDayInTheSitesZoneWithItsScript() throws IOException {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);
        fixture.digest.save(new io.github.postmortems.digest.DigestSettings(false, java.time.DayOfWeek.THURSDAY));

        Document page = get(fixture);

        Element form = page.selectFirst("form#pm-digest-form");
        assertNotNull(form);
        assertEquals("/confluence/rest/postmortems/1.0/admin/digest", form.attr("data-rest-url"));
        assertFalse(page.selectFirst("#pm-digest-enabled").hasAttr("checked"));
        assertEquals(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                page.select("#pm-digest-day option").eachText());
        assertEquals("THURSDAY", page.selectFirst("#pm-digest-day option[selected]").val());
        assertEquals("Sent from 08:00 in the site\u2019s time zone (Europe/Berlin).",
                form.selectFirst(".field-group .description").text());
        assertTrue(page.select("script").eachAttr("src").contains(
                "/confluence/download/resources/io.github.postmortems.confluence:admin-resources/postmortems-digest.js"));
    }
}
