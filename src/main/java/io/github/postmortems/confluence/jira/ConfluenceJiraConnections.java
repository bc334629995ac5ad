package io.github.postmortems.confluence.jira;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.sal.api.net.Request;
import io.github.postmortems.jira.Delivery;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraErrors;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraTransport;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Jira clients for the connection the administrator chose: an application link (as the user for button presses,
 * two-legged for the job) or a base URL with a personal access token. Token clients are kept while the settings do
 * not change, so their HTTP connections are reused.
 */
public class ConfluenceJiraConnections implements JiraConnections {

    private final JiraSettingsStore settings;
    private final ApplicationLinkService applicationLinks;
    private final AtomicReference<TokenClient> tokenClient = new AtomicReference<>();

    public ConfluenceJiraConnections(JiraSettingsStore settings, ApplicationLinkService applicationLinks) {
        this.settings = settings;
        this.applicationLinks = applicationLinks;
    }

    @Override
    public JiraClient forCurrentUser() throws JiraFailure {
        return client(ApplicationLink::createAuthenticatedRequestFactory, true);
    }

    /** Only an application link impersonates the user; a personal access token is the token owner's identity. */
    @Override
    public boolean actsAsEachUser() {
        return settings.load().connection() instanceof JiraSettings.Connection.ApplicationLink;
    }

    @Override
    public JiraClient forBackground() throws JiraFailure {
        return client(ApplicationLink::createNonImpersonatingAuthenticatedRequestFactory, false);
    }

    private JiraClient client(Function<ApplicationLink, ApplicationLinkRequestFactory> authentication,
                              boolean asUser) throws JiraFailure {
        JiraSettings.Connection connection = settings.load().connection();
        if (connection instanceof JiraSettings.Connection.Token token) {
            return tokenClient.updateAndGet(known -> known != null && known.token().equals(token) ? known
                    : new TokenClient(token, retrying(new TokenTransport(token.baseUrl(), token.token(),
                            Timeouts.defaults())))).client();
        }
        if (connection instanceof JiraSettings.Connection.ApplicationLink link) {
            ApplicationLink jira = link(link.applicationId());
            ApplicationLinkRequestFactory requests = authentication.apply(jira);
            if (requests == null) {
                throw new JiraUnauthorized(JiraUnauthorized.Reason.NOT_AUTHENTICATED, 401, JiraErrors.message(
                        "The application link to Jira does not allow this kind of request (background sync needs "
                                + "OAuth without impersonation on the link)"));
            }
            if (asUser) {
                consented(requests);
            }
            return retrying(new ApplinkTransport(requests, Timeouts.defaults()));
        }
        throw new JiraUnavailable("Jira is not set up for postmortems yet", Delivery.NOT_SENT);
    }

    /**
     * A user who has not yet allowed Confluence to act for them gets no request at all: say so before the first call,
     * with the page where they give consent, instead of as each row's refused create.
     */
    private static void consented(ApplicationLinkRequestFactory requests) throws JiraUnauthorized {
        try {
            requests.createRequest(Request.MethodType.GET, "/rest/api/2/myself");
        } catch (CredentialsRequiredException needsConsent) {
            throw JiraUnauthorized.consentNeeded(needsConsent.getAuthorisationURI());
        }
    }

    private ApplicationLink link(String applicationId) throws JiraUnavailable {
        ApplicationId id;
        try {
            id = new ApplicationId(applicationId);
        } catch (IllegalArgumentException e) {
            // The host accepts only UUIDs; a settings value from a restore or a hand edit may be anything.
            throw new JiraUnavailable("The saved application link id '" + applicationId + "' is not valid; choose "
                    + "the Jira link again in the settings", Delivery.NOT_SENT, e);
        }
        try {
            ApplicationLink link = applicationLinks.getApplicationLink(id);
            if (link == null) {
                throw new JiraUnavailable("The application link to Jira was removed; choose another in the settings",
                        Delivery.NOT_SENT);
            }
            return link;
        } catch (TypeNotInstalledException e) {
            // The host's exception carries no message, only the application type it misses.
            throw new JiraUnavailable("Confluence cannot use this application link: its application type ("
                    + e.getType() + ") is not installed", Delivery.NOT_SENT, e);
        }
    }

    private static JiraClient retrying(JiraTransport transport) {
        return new JiraClient(RetryingTransport.around(transport, RetryPolicy.defaults()));
    }

    private record TokenClient(JiraSettings.Connection.Token token, JiraClient client) {
    }
}
