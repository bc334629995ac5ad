package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnections;

/** {@link JiraConnections} that always hand out the same client, for tests against the fake Jira. */
public record FixedConnections(JiraClient client) implements JiraConnections {

    @Override
    public JiraClient forCurrentUser() {
        return client;
    }

    @Override
    public JiraClient forBackground() {
        return client;
    }
}
