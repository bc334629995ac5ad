package io.github.postmortems.jira;

/**
 * Something outside our control went wrong while talking to Jira. The family is small on purpose: the caller decides
 * per kind whether to wait ({@link JiraRateLimited}), try again later ({@link JiraUnavailable}) or show the user what
 * Jira refused ({@link JiraRejected}). No HTTP library or Atlassian exception ever crosses into the domain.
 */
public abstract sealed class JiraFailure extends Exception
        permits JiraUnavailable, JiraRateLimited, JiraRejected {

    protected JiraFailure(String message) {
        super(message);
    }

    protected JiraFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
