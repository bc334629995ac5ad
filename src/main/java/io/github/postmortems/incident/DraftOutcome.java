package io.github.postmortems.incident;

import io.github.postmortems.postmortem.IssueKey;

/** What "Fill from Jira" comes to: a draft, or the one line the wizard shows instead (and the form stays as typed). */
public sealed interface DraftOutcome {

    record Drafted(IncidentDraft draft) implements DraftOutcome {
    }

    /** The text is neither an issue key nor an issue's address. */
    record NotAKey() implements DraftOutcome {
    }

    /** No Jira connection is set up. */
    record NotConfigured() implements DraftOutcome {
    }

    /** Jira has no such issue, or the user may not browse it: Jira answers both alike, and so do we. */
    record NotReadable(IssueKey key) implements DraftOutcome {
    }

    /** A token connection reads as one identity for everyone, so only the projects the administrator allowed. */
    record NotAllowed(IssueKey key) implements DraftOutcome {
    }

    /**
     * The application link needs the user's consent before it may read Jira as them.
     *
     * @param authorisation where the user gives it, when the link says
     */
    record ConsentNeeded(java.util.Optional<java.net.URI> authorisation) implements DraftOutcome {
    }

    /** Jira did not answer, or answered with an error; {@code reason} is for the log, not the wizard. */
    record JiraUnreachable(String reason) implements DraftOutcome {
    }
}
