package io.github.postmortems.confluence.admin;

import io.github.postmortems.confluence.jira.SyncSchedule;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.incident.IncidentSettingsStore;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.IncidentFormCheck;
import io.github.postmortems.settings.SettingsCheck;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and saving the Jira settings and the incident mappings for the admin REST resources, with problems in the
 * admin's language. One save: both parts are saved, or neither when either has a problem.
 */
public class AdminSettings {

    private final JiraSettingsStore store;
    private final IncidentSettingsStore incidents;
    private final AdminPages pages;
    private final Messages messages;
    private final SyncSchedule job;

    public AdminSettings(JiraSettingsStore store, IncidentSettingsStore incidents, AdminPages pages,
                         Messages messages, SyncSchedule job) {
        this.store = store;
        this.incidents = incidents;
        this.pages = pages;
        this.messages = messages;
        this.job = job;
    }

    /** What the admin sees: the saved settings without the token, the mappings, and the webhook address for Jira. */
    public record Shown(SettingsForm settings, IncidentForm incident, boolean tokenSaved, String webhookUrl) {
    }

    /** A save's outcome: the settings now saved, or each field's problem (field name to text). */
    public sealed interface Saved {
        record Done(Shown shown, String message) implements Saved {
        }

        record Refused(Map<String, String> errors, String message) implements Saved {
            public Refused {
                errors = Map.copyOf(errors);
            }
        }
    }

    public Shown current() {
        return shown(store.load(), incidents.load());
    }

    /** Saves the Jira settings only, the mappings as they are (a page from before the mappings). */
    public Saved save(SettingsForm form) {
        return save(form, null);
    }

    /** @param incident the mappings as typed; null keeps the saved ones */
    public Saved save(SettingsForm form, IncidentForm incident) {
        JiraSettings saved = store.load();
        SettingsCheck.Outcome outcome = SettingsCheck.check(form, saved, pages.applicationLinkIds());
        IncidentFormCheck.Outcome mapped = incident == null ? null : IncidentFormCheck.check(incident);
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome instanceof SettingsCheck.Outcome.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (mapped instanceof IncidentFormCheck.Outcome.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : problems) {
                String text = messages.text(problem.messageKey(), problem.arguments().toArray());
                if (problem.field().startsWith("incident.")) {
                    // A list (the severity rows, the link types) can be wrong in several places: each is said.
                    errors.merge(problem.field(), text, (before, more) -> before + " " + more);
                } else {
                    errors.putIfAbsent(problem.field(), text);
                }
            }
            return new Saved.Refused(errors, messages.text("postmortems.admin.status.invalid"));
        }
        JiraSettings settings = ((SettingsCheck.Outcome.Valid) outcome).settings();
        store.save(settings);
        IncidentSettings mappings = mapped == null ? incidents.load()
                : ((IncidentFormCheck.Outcome.Valid) mapped).settings();
        if (mapped != null) {
            incidents.save(mappings);
        }
        if (!settings.syncInterval().equals(saved.syncInterval())) {
            job.reschedule(); // the reconcile job runs at the new interval from now on
        }
        return new Saved.Done(shown(settings, mappings), messages.text("postmortems.admin.status.saved"));
    }

    private Shown shown(JiraSettings settings, IncidentSettings mappings) {
        return new Shown(SettingsForm.showing(settings), IncidentForm.showing(mappings),
                SettingsForm.tokenSaved(settings),
                pages.webhookUrl(settings.webhookSecret()));
    }
}
