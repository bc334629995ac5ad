package io.github.postmortems.confluence.admin;

import io.github.postmortems.jira.JiraConnection;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraRateLimited;
import io.github.postmortems.jira.JiraRejected;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.text.Messages;

/**
 * "Test connection": asks Jira who it is and who we are there, with the saved settings and the identity the sync job
 * uses (the link's or token's own), and says what happened in the admin's language.
 */
public final class ConnectionTest {

    /** The test's outcome for the page: whether Jira answered as it should, and what to tell the admin. */
    public record Result(boolean ok, String message) {
    }

    private final JiraSettingsStore store;
    private final JiraConnections connections;
    private final Messages messages;

    public ConnectionTest(JiraSettingsStore store, JiraConnections connections, Messages messages) {
        this.store = store;
        this.connections = connections;
        this.messages = messages;
    }

    public Result run() {
        if (store.load().connection() instanceof JiraSettings.Connection.None) {
            return new Result(false, messages.text("postmortems.admin.test.not-configured"));
        }
        try {
            JiraConnection connection = connections.forBackground().testConnection();
            String title = connection.server().serverTitle().isEmpty()
                    ? connection.server().baseUrl() : connection.server().serverTitle();
            return new Result(true, messages.text("postmortems.admin.test.connected", title,
                    connection.server().version(), connection.actingUser().displayName(),
                    connection.actingUser().username()));
        } catch (JiraFailure failure) {
            return new Result(false, explain(failure));
        }
    }

    private String explain(JiraFailure failure) {
        if (failure instanceof JiraUnauthorized unauthorized) {
            return unauthorized.reason() == JiraUnauthorized.Reason.NOT_AUTHENTICATED
                    ? messages.text("postmortems.admin.test.not-authenticated")
                    : messages.text("postmortems.admin.test.forbidden");
        }
        if (failure instanceof JiraRejected rejected) {
            return messages.text("postmortems.admin.test.rejected", rejected.errors().describe());
        }
        if (failure instanceof JiraRateLimited limited) {
            return messages.text("postmortems.admin.test.rate-limited", limited.retryAfter().toSeconds());
        }
        return messages.text("postmortems.admin.test.unavailable", ((JiraUnavailable) failure).getMessage());
    }
}
