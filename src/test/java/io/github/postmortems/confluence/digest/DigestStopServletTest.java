package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.text.BundleMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The page a digest links to: viewing changes nothing, the token decides, and the person's choice is kept. */
class DigestStopServletTest {

    private static final String ADA = "8a7f808a6a1b2c3d016a1b2c3d4e0001";

    private final AdminFixture fixture = new AdminFixture();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    private final StringWriter body = new StringWriter();
    private final DigestStopServlet servlet = new DigestStopServlet(fixture.users, fixture.digest, fixture.renderer,
            loginUris, BundleMessages.english());

    DigestStopServletTest() throws IOException {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getRequestURL()).thenReturn(
                new StringBuffer("https://wiki.example.com/confluence/plugins/servlet/postmortems/digest"));
        UserProfile ada = mock(UserProfile.class);
        when(ada.getFullName()).thenReturn("Ada <Lovelace>");
        when(fixture.users.getUserProfile(new UserKey(ADA))).thenReturn(ada);
    }

    private String token(String user) {
        return fixture.digest.tokens().token(user);
    }

    private Document get(String user, String token) throws IOException {
        when(request.getParameter("user")).thenReturn(user);
        when(request.getParameter("token")).thenReturn(token);
        servlet.doGet(request, response);
        return Jsoup.parse(body.toString());
    }

    private Document post(String user, String token, String action) throws IOException {
        when(request.getParameter("user")).thenReturn(user);
        when(request.getParameter("token")).thenReturn(token);
        when(request.getParameter("action")).thenReturn(action);
        servlet.doPost(request, response);
        return Jsoup.parse(body.toString());
    }

    @Test
    void theMailedLinkShowsThePersonsSettingAndAFormToStopItWithoutChangingAnything() throws IOException {
        Document page = get(ADA, token(ADA));

        verify(response).setStatus(200);
        verify(response).setHeader("Cache-Control", "no-store");
        assertAll(
                () -> assertEquals("Ada <Lovelace> receives the weekly postmortem digest.",
                        page.selectFirst(".pm-digest-stop__status").text()),
                () -> assertTrue(body.toString().contains("Ada &lt;Lovelace&gt;"), "escaped"),
                () -> assertEquals("post", page.selectFirst("form").attr("method")),
                () -> assertEquals("/confluence/plugins/servlet/postmortems/digest", page.selectFirst("form").attr("action")),
                () -> assertEquals(ADA, page.selectFirst("input[name=user]").val()),
                () -> assertEquals(token(ADA), page.selectFirst("input[name=token]").val()),
                () -> assertEquals("stop", page.selectFirst("button[name=action]").val()),
                () -> assertFalse(fixture.digest.stopped(ADA), "a mail scanner opening the link stops nothing"));
    }

    @Test
    void stoppingAndResumingAreKeptAndSaidSo() throws IOException {
        Document stopped = post(ADA, token(ADA), "stop");
        assertAll(
                () -> assertTrue(fixture.digest.stopped(ADA)),
                () -> assertEquals("Done: no more digests.", stopped.selectFirst(".aui-message-success").text()),
                () -> assertEquals("resume", stopped.selectFirst("button[name=action]").val()));

        body.getBuffer().setLength(0);
        Document resumed = post(ADA, token(ADA), "resume");
        assertAll(
                () -> assertFalse(fixture.digest.stopped(ADA)),
                () -> assertEquals("stop", resumed.selectFirst("button[name=action]").val()));
    }

    @Test
    void aWrongOrMissingTokenIsRefusedAndChangesNothing() throws IOException {
        Document page = post(ADA, token("someone-else"), "stop");

        verify(response).setStatus(403);
        assertAll(
                () -> assertFalse(fixture.digest.stopped(ADA)),
                () -> assertNull(page.selectFirst("form")),
                () -> assertTrue(page.selectFirst(".aui-message-error").text().contains("not valid")));
    }

    @Test
    void signedInWithoutALinkItIsThePersonsOwnSettingAndAnonymousVisitorsLogInFirst() throws IOException {
        fixture.signedInAs(ADA);
        Document own = get(null, null);
        assertEquals(token(ADA), own.selectFirst("input[name=token]").val());

        fixture.signedInAs(null);
        when(loginUris.getLoginUri(any())).thenReturn(URI.create("https://wiki.example.com/confluence/login.action"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("https://wiki.example.com/confluence/login.action");
    }

    @Test
    void thePageSaysWhenTheAdministratorSwitchedTheDigestOffForEveryone() throws IOException {
        fixture.digest.save(new DigestSettings(false, DayOfWeek.MONDAY));

        Document page = get(ADA, token(ADA));

        assertTrue(page.selectFirst(".aui-message-info").text().contains("switched the digest off"));
    }
}
