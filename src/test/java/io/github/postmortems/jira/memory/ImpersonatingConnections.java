package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnections;

/**
 * An application link that impersonates, for tests: {@code asUser} reads Jira as the signed-in user would, and
 * {@code asApp} is the link's own identity for background work.
 */
public record ImpersonatingConnections(JiraClient asUser, JiraClient asApp) implements JiraConnections {

    @Override
    public JiraClient forCurrentUser() {
        return asUser;
    }

    @Override
    public JiraClient forBackground() {
        return asApp;
    }

    @Override
    public boolean actsAsEachUser() {
        return true;
    }
}
