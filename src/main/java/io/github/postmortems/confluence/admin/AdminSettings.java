package io.github.postmortems.confluence.admin;

import io.github.postmortems.confluence.jira.SyncSchedule;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.SettingsCheck;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.Messages;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and saving the Jira settings for the admin REST resources, with problems in the admin's language. */
public class AdminSettings {

    private final JiraSettingsStore store;
    private final AdminPages pages;
    private final Messages messages;
    private final SyncSchedule job;

    public AdminSettings(JiraSettingsStore store, AdminPages pages, Messages messages, SyncSchedule job) {
        this.store = store;
        this.pages = pages;
        this.messages = messages;
        this.job = job;
    }

    /** What the admin sees: the saved settings without the token, and the webhook address for Jira. */
    public record Shown(SettingsForm settings, boolean tokenSaved, String webhookUrl) {
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
        return shown(store.load());
    }

    public Saved save(SettingsForm form) {
        JiraSettings saved = store.load();
        SettingsCheck.Outcome outcome = SettingsCheck.check(form, saved, pages.applicationLinkIds());
        if (outcome instanceof SettingsCheck.Outcome.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : invalid.problems()) {
                errors.putIfAbsent(problem.field(),
                        messages.text(problem.messageKey(), problem.arguments().toArray()));
            }
            return new Saved.Refused(errors, messages.text("postmortems.admin.status.invalid"));
        }
        JiraSettings settings = ((SettingsCheck.Outcome.Valid) outcome).settings();
        store.save(settings);
        if (!settings.syncInterval().equals(saved.syncInterval())) {
            job.reschedule(); // the reconcile job runs at the new interval from now on
        }
        return new Saved.Done(shown(settings), messages.text("postmortems.admin.status.saved"));
    }

    private Shown shown(JiraSettings settings) {
        return new Shown(SettingsForm.showing(settings), SettingsForm.tokenSaved(settings),
                pages.webhookUrl(settings.webhookSecret()));
    }
}
