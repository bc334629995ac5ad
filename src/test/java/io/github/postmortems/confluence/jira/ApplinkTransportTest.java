package io.github.postmortems.confluence.jira;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import io.github.postmortems.jira.Delivery;
import io.github.postmortems.jira.Idempotency;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraRequest;
import io.github.postmortems.jira.JiraResponse;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.memory.FixedSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The application-link transport and the connection factory, with Mockito standing in for applinks and SAL. */
class ApplinkTransportTest {

    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(20));

    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);

    @Test
    void sendsTheMethodPathBodyAndTimeoutsThroughTheLinkAndReturnsJirasAnswer() throws Exception {
        when(factory.createRequest(Request.MethodType.POST, "/rest/api/2/issue")).thenReturn(request);
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(201);
        when(response.getHeaders()).thenReturn(Map.of("Content-Type", "application/json"));
        when(response.getResponseBodyAsStream()).thenReturn(new ByteArrayInputStream(
                "{\"key\":\"OPS-7\",\"id\":\"10007\"}".getBytes(StandardCharsets.UTF_8)));
        answerWith(response, false);

        JiraResponse answer = new ApplinkTransport(factory, TIMEOUTS)
                .send(JiraRequest.post("/rest/api/2/issue", "{\"fields\":{}}", Idempotency.UNSAFE));

        assertEquals(201, answer.status());
        assertEquals("{\"key\":\"OPS-7\",\"id\":\"10007\"}", answer.body());
        verify(request).setRequestBody("{\"fields\":{}}", "application/json");
        verify(request).setConnectionTimeout(3_000);
        verify(request).setSoTimeout(20_000);
    }

    @Test
    void anAnswerLargerThanAnyJiraAnswerIsNotReadPastTheCap() throws Exception {
        when(factory.createRequest(Request.MethodType.POST, "/rest/api/2/search")).thenReturn(request);
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(200);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        when(response.getResponseBodyAsStream()).thenReturn(endless);
        answerWith(response, false);

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> new ApplinkTransport(factory, TIMEOUTS)
                .send(JiraRequest.post("/rest/api/2/search", "{}", Idempotency.SAFE)));

        assertTrue(failure.getMessage().contains("larger than 8 MB"), failure.getMessage());
    }

    @Test
    void aUserWhoHasNotAuthorisedConfluenceGetsA401NamingWhereToDoIt() throws Exception {
        CredentialsRequiredException needsConsent = mock(CredentialsRequiredException.class);
        when(needsConsent.getAuthorisationURI()).thenReturn(URI.create("https://jira.example.com/plugins/servlet/oauth"));
        when(factory.createRequest(any(), any())).thenThrow(needsConsent);

        JiraResponse answer = new ApplinkTransport(factory, TIMEOUTS).send(JiraRequest.get("/rest/api/2/myself"));

        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("https://jira.example.com/plugins/servlet/oauth"), answer.body());
    }

    @Test
    void whenJiraAsksForCredentialsMidwayTheAnswerIsA401Too() throws Exception {
        when(factory.createRequest(any(), any())).thenReturn(request);
        when(factory.getAuthorisationURI()).thenReturn(URI.create("https://jira.example.com/oauth"));
        answerWith(mock(Response.class), true);

        assertEquals(401, new ApplinkTransport(factory, TIMEOUTS).send(JiraRequest.get("/rest/api/2/myself")).status());
    }

    @Test
    void noAnswerMayStillHaveReachedJiraSoCreatesAreNotRepeatedBlindly() throws Exception {
        when(factory.createRequest(any(), any())).thenReturn(request);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenThrow(new ResponseException("read timed out"));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, () -> new ApplinkTransport(factory, TIMEOUTS)
                .send(JiraRequest.post("/rest/api/2/issue", "{}", Idempotency.UNSAFE)));

        assertEquals(Delivery.OUTCOME_UNKNOWN, failure.delivery());
    }

    @Test
    void aUserWhoHasNotAuthorisedConfluenceIsToldBeforeAnyCallWithTheConsentPage() throws Exception {
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ApplicationLink jira = mock(ApplicationLink.class);
        when(links.getApplicationLink(any(ApplicationId.class))).thenReturn(jira);
        when(jira.createAuthenticatedRequestFactory()).thenReturn(factory);
        CredentialsRequiredException needsConsent = mock(CredentialsRequiredException.class);
        when(needsConsent.getAuthorisationURI()).thenReturn(URI.create("https://jira.example.com/plugins/servlet/oauth"));
        when(factory.createRequest(any(), any())).thenThrow(needsConsent);
        ConfluenceJiraConnections connections = new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(
                new JiraSettings.Connection.ApplicationLink("144880e9-a353-312f-9412-ed028e8166fa"), "OPS", "Task",
                Map.of(), Duration.ofMinutes(10), "")), links);

        JiraUnauthorized consent = assertThrows(JiraUnauthorized.class, connections::forCurrentUser);

        assertEquals(JiraUnauthorized.Reason.CONSENT_NEEDED, consent.reason());
        assertEquals(URI.create("https://jira.example.com/plugins/servlet/oauth"),
                consent.authorisationIfKnown().orElseThrow());
    }

    @Test
    void theJobNeedsALinkThatAllowsRequestsWithoutAUser() throws Exception {
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ApplicationLink jira = mock(ApplicationLink.class);
        when(links.getApplicationLink(any(ApplicationId.class))).thenReturn(jira);
        when(jira.createNonImpersonatingAuthenticatedRequestFactory()).thenReturn(null);
        ConfluenceJiraConnections connections = new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(
                new JiraSettings.Connection.ApplicationLink("144880e9-a353-312f-9412-ed028e8166fa"), "OPS", "Task",
                Map.of(), Duration.ofMinutes(10), "")), links);

        assertThrows(JiraUnauthorized.class, connections::forBackground);
    }

    @Test
    void aRemovedLinkSaysSoAndAMissingSetupIsNotSentAnywhere() throws Exception {
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ConfluenceJiraConnections removed = new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(
                new JiraSettings.Connection.ApplicationLink("0b1e4c6a-7d2f-3a51-9c84-5e2f0a9c7d11"), "OPS", "Task", Map.of(),
                Duration.ofMinutes(10), "")), links);
        JiraUnavailable gone = assertThrows(JiraUnavailable.class, removed::forCurrentUser);
        assertEquals(Delivery.NOT_SENT, gone.delivery());
        assertTrue(gone.getMessage().contains("was removed"), gone.getMessage());
        ConfluenceJiraConnections none = new ConfluenceJiraConnections(new FixedSettings(JiraSettings.unconfigured()),
                links);
        assertEquals(Delivery.NOT_SENT, assertThrows(JiraUnavailable.class, none::forBackground).delivery());
    }

    @Test
    void aSavedLinkIdThatIsNoUuidIsReportedNotThrownAsTheHostsIllegalArgument() {
        ConfluenceJiraConnections connections = new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(
                new JiraSettings.Connection.ApplicationLink("jira-prod"), "OPS", "Task", Map.of(),
                Duration.ofMinutes(10), "")), mock(ApplicationLinkService.class));

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, connections::forCurrentUser);

        assertEquals(Delivery.NOT_SENT, failure.delivery());
        assertTrue(failure.getMessage().contains("'jira-prod' is not valid"), failure.getMessage());
    }

    @Test
    void aLinkOfAnUninstalledTypeNamesTheTypeNotNull() throws Exception {
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        when(links.getApplicationLink(any(ApplicationId.class)))
                .thenThrow(new TypeNotInstalledException("jira", "Jira", URI.create("https://jira.example.com")));
        ConfluenceJiraConnections connections = new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(
                new JiraSettings.Connection.ApplicationLink("144880e9-a353-312f-9412-ed028e8166fa"), "OPS", "Task",
                Map.of(), Duration.ofMinutes(10), "")), links);

        JiraUnavailable failure = assertThrows(JiraUnavailable.class, connections::forCurrentUser);

        assertTrue(failure.getMessage().endsWith("its application type (jira) is not installed"),
                failure.getMessage());
        assertTrue(!failure.getMessage().contains("null"), failure.getMessage());
    }

    @Test
    void keepsOneTokenClientWhileTheSettingsStayTheSame() throws Exception {
        FixedSettings settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(
                URI.create("https://jira.example.com"), "pat-1"), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        ConfluenceJiraConnections connections = new ConfluenceJiraConnections(settings,
                mock(ApplicationLinkService.class));
        JiraClient first = connections.forCurrentUser();
        assertSame(first, connections.forBackground());
        settings.save(new JiraSettings(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"),
                "pat-2"), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        assertTrue(first != connections.forCurrentUser(), "a new token gets a new client");
    }

    @SuppressWarnings("unchecked")
    private void answerWith(Response response, boolean credentialsRequired) throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(call -> {
            ApplicationLinkResponseHandler<JiraResponse> handler = call.getArgument(0);
            return credentialsRequired ? handler.credentialsRequired(response) : handler.handle(response);
        });
    }
}
