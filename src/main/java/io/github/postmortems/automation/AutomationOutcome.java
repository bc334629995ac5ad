package io.github.postmortems.automation;

import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.incident.DraftOutcome;

import java.time.Instant;
import java.util.Map;

/** What a call to create the postmortem of an incident comes to. */
public sealed interface AutomationOutcome {

    /** The page was created by this call. */
    record Created(PageRef page) implements AutomationOutcome {
    }

    /** The incident already had its postmortem in the space; nothing was created. */
    record Existing(PageRef page) implements AutomationOutcome {
    }

    /** The text is neither an issue key nor an issue's address. */
    record NotAKey() implements AutomationOutcome {
    }

    /** No such space, or one the caller may not see. */
    record UnknownSpace(String spaceKey) implements AutomationOutcome {
    }

    /**
     * The incident already had its postmortem in the space, on a page the caller may not view: nothing was created,
     * and nothing of that page (its id, its title, its address) is told.
     */
    record Restricted() implements AutomationOutcome {
    }

    /** The caller may not create pages in the space. */
    record NotPermitted(String spaceKey) implements AutomationOutcome {
    }

    /** The incident could not be read as the caller; nothing was created. */
    record IncidentUnavailable(DraftOutcome why) implements AutomationOutcome {
    }

    /** What Jira says breaks the wizard's rules (an end before the start, say); nothing was created. */
    record Invalid(Map<WizardField, String> errors) implements AutomationOutcome {
    }

    /** Another call is still creating this incident's page. */
    record Busy(Instant since) implements AutomationOutcome {
    }
}
