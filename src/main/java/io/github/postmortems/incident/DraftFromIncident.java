package io.github.postmortems.incident;

import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.Messages;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Fill from Jira": reads the incident as the person creating the page (through the application link as that user;
 * with a token, only in the projects the administrator allowed) and drafts the postmortem from it. Reads only.
 */
public final class DraftFromIncident {

    private final JiraConnections connections;
    private final Supplier<JiraSettings> jiraSettings;
    private final Supplier<IncidentSettings> incidentSettings;

    /** With the administrator's mappings as saved on the settings page (issue 15, item 8), read at each draft. */
    public DraftFromIncident(JiraConnections connections, JiraSettingsStore store, IncidentSettingsStore mappings) {
        this(connections, store::load, mappings::load);
    }

    /** With the default mappings, a token allowed to read the project countermeasures go to (tests, benchmarks). */
    public DraftFromIncident(JiraConnections connections, JiraSettingsStore store) {
        this(connections, store::load, () -> IncidentSettings.defaults(store.load().projectKey()));
    }

    private DraftFromIncident(JiraConnections connections, Supplier<JiraSettings> jiraSettings,
                              Supplier<IncidentSettings> incidentSettings) {
        this.connections = connections;
        this.jiraSettings = jiraSettings;
        this.incidentSettings = incidentSettings;
    }

    /** With mappings of the caller's choice. */
    public static DraftFromIncident withMappings(JiraConnections connections, JiraSettingsStore store,
                                                 Supplier<IncidentSettings> mappings) {
        return new DraftFromIncident(connections, store::load, mappings);
    }

    public DraftOutcome draft(String typed, Messages messages) {
        Optional<IssueKey> key = IncidentReference.parse(typed);
        if (key.isEmpty()) {
            return new DraftOutcome.NotAKey();
        }
        if (jiraSettings.get().connection() instanceof JiraSettings.Connection.None) {
            return new DraftOutcome.NotConfigured();
        }
        IncidentSettings settings = incidentSettings.get();
        if (!connections.actsAsEachUser() && !settings.tokenProjects().contains(key.get().projectKey())) {
            return new DraftOutcome.NotAllowed(key.get());
        }
        Optional<JiraIncident> incident;
        try {
            incident = connections.forCurrentUser().incident(key.get(), settings.fieldsToRead());
        } catch (JiraUnauthorized unauthorized) {
            return unauthorized.reason() == JiraUnauthorized.Reason.CONSENT_NEEDED
                    ? new DraftOutcome.ConsentNeeded(unauthorized.authorisationIfKnown())
                    : new DraftOutcome.JiraUnreachable(unauthorized.getMessage());
        } catch (JiraFailure failure) {
            return new DraftOutcome.JiraUnreachable(failure.getMessage());
        }
        return incident.<DraftOutcome>map(found -> new DraftOutcome.Drafted(
                new IncidentDrafter(settings, messages).draft(found)))
                .orElseGet(() -> new DraftOutcome.NotReadable(key.get()));
    }
}
