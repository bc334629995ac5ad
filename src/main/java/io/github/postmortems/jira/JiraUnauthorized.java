package io.github.postmortems.jira;

import java.net.URI;
import java.util.Optional;

/** Jira refused who we are (401) or what we may do (403). An administrator has to fix the connection or permissions. */
public final class JiraUnauthorized extends JiraRejected {

    public enum Reason {
        /** 401: the token is wrong, expired or revoked, or the application link cannot act for this user. */
        NOT_AUTHENTICATED("Jira did not accept the credentials: check the personal access token or the application link"),
        /** 403: the Jira user behind the connection lacks a permission (create issues, link issues, browse users). */
        FORBIDDEN("The Jira user behind the connection lacks the permission for this"),
        /** The user has not yet allowed Confluence to act for them in Jira (application link consent). */
        CONSENT_NEEDED("Authorise Confluence to act for you in Jira first");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;
    private final URI authorisation;

    public JiraUnauthorized(Reason reason, int status, JiraErrors errors) {
        this(reason, status, errors, null);
    }

    private JiraUnauthorized(Reason reason, int status, JiraErrors errors, URI authorisation) {
        super(reason.explanation() + (errors.isEmpty() ? "" : ": " + errors.describe()), status, errors);
        this.reason = reason;
        this.authorisation = authorisation;
    }

    /** The user must first allow Confluence to act for them, at {@code authorisation} (null when not known). */
    public static JiraUnauthorized consentNeeded(URI authorisation) {
        return new JiraUnauthorized(Reason.CONSENT_NEEDED, 401, JiraErrors.message(Reason.CONSENT_NEEDED.explanation()),
                authorisation);
    }

    /** Where the user gives their consent, for {@link Reason#CONSENT_NEEDED}. */
    public Optional<URI> authorisationIfKnown() {
        return Optional.ofNullable(authorisation);
    }

    public static JiraUnauthorized of(int status, JiraErrors errors) {
        return new JiraUnauthorized(status == 401 ? Reason.NOT_AUTHENTICATED : Reason.FORBIDDEN, status, errors);
    }

    public Reason reason() {
        return reason;
    }
}
