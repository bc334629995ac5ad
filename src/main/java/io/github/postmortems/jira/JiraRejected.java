package io.github.postmortems.jira;

import java.util.Objects;

/**
 * Jira understood the request and refused it (4xx other than 429): a field it cannot set, a project that does not
 * exist, a missing issue. Trying again unchanged gives the same answer, so it is never retried. The messages are
 * Jira's own and meant to be shown to the user beside the row they belong to.
 */
public sealed class JiraRejected extends JiraFailure permits JiraUnauthorized {

    private final int status;
    private final JiraErrors errors;

    public JiraRejected(int status, JiraErrors errors) {
        this("Jira refused the request (" + status + "): " + errors.describe(), status, errors);
    }

    protected JiraRejected(String message, int status, JiraErrors errors) {
        super(message);
        this.status = status;
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    public int status() {
        return status;
    }

    public JiraErrors errors() {
        return errors;
    }
}
