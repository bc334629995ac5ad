package io.github.postmortems.jira;

/**
 * Clients for the Jira the administrator connected: through an application link or a base URL and token. The
 * Confluence adapter builds them from {@link JiraSettings}.
 */
public interface JiraConnections {

    /** A client acting for the signed-in user (a button press): Jira checks that user's permissions. */
    JiraClient forCurrentUser() throws JiraFailure;

    /**
     * Whether {@link #forCurrentUser()} reaches Jira as each signed-in user themselves (an application link that
     * impersonates), so that what it can read is what that user may read. A token has one identity for everyone.
     */
    default boolean actsAsEachUser() {
        return false;
    }

    /** A client for background work (the reconcile job), which has no user: the link's or token's own identity. */
    JiraClient forBackground() throws JiraFailure;
}
