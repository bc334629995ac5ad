package io.github.postmortems.jira;

/** Jira refused who we are (401) or what we may do (403). An administrator has to fix the connection or permissions. */
public final class JiraUnauthorized extends JiraRejected {

    public enum Reason {
        /** 401: the token is wrong, expired or revoked, or the application link cannot act for this user. */
        NOT_AUTHENTICATED("Jira did not accept the credentials: check the personal access token or the application link"),
        /** 403: the Jira user behind the connection lacks a permission (create issues, link issues, browse users). */
        FORBIDDEN("The Jira user behind the connection lacks the permission for this");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;

    public JiraUnauthorized(Reason reason, int status, JiraErrors errors) {
        super(reason.explanation() + (errors.isEmpty() ? "" : ": " + errors.describe()), status, errors);
        this.reason = reason;
    }

    public static JiraUnauthorized of(int status, JiraErrors errors) {
        return new JiraUnauthorized(status == 401 ? Reason.NOT_AUTHENTICATED : Reason.FORBIDDEN, status, errors);
    }

    public Reason reason() {
        return reason;
    }
}
