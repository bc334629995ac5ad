package io.github.postmortems.automation;

import io.github.postmortems.blueprint.DraftedResponders;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.blueprint.NewPostmortem;
import io.github.postmortems.blueprint.PostmortemPage;
import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.blueprint.WizardInput;
import io.github.postmortems.blueprint.WizardValidation;
import io.github.postmortems.blueprint.WizardValidator;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wizard's values for an incident nobody is there to complete: what the draft fills, and for what the wizard
 * would ask a person, a stand-in (the key as title, the least severity, the call's time as start). Then the same
 * validation, title and template variables as a page made in the Create dialog.
 */
public final class AutomatedPostmortem {

    private static final WizardValidator VALIDATOR = new WizardValidator(SeverityScale.defaults());

    private AutomatedPostmortem() {
    }

    /** The form the wizard would have sent had a person accepted every drafted value. */
    public static WizardInput form(IncidentDraft draft, ZoneId zone, Instant now) {
        Map<WizardField, String> values = new EnumMap<>(draft.wizardValues(zone));
        String title = values.getOrDefault(WizardField.INCIDENT_TITLE, draft.key().toString());
        if (WizardValidator.collapse(title).length() > WizardValidator.MAX_TITLE) {
            title = cut(WizardValidator.collapse(title), WizardValidator.MAX_TITLE);
        }
        values.put(WizardField.INCIDENT_TITLE, title);
        values.putIfAbsent(WizardField.SEVERITY, SeverityScale.defaults().leastSevere().code());
        if (!values.containsKey(WizardField.START_DATE)) {
            IncidentDraft started = new IncidentDraft(draft.key(), "", Optional.empty(), Optional.of(now),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
            Map<WizardField, String> start = started.wizardValues(zone);
            values.put(WizardField.START_DATE, start.get(WizardField.START_DATE));
            values.put(WizardField.START_TIME, start.get(WizardField.START_TIME));
        }
        values.put(WizardField.TIME_ZONE, zone.getId());
        return new WizardInput(values);
    }

    public static WizardValidation validate(WizardInput form) {
        return VALIDATOR.validate(form);
    }

    /** The page titles to try, in order: the Create dialog's, then one naming the incident, for a title in use. */
    public static List<String> titles(NewPostmortem postmortem, IncidentDraft draft) {
        String keyed = cut(postmortem.title(), WizardValidator.MAX_TITLE - draft.key().toString().length() - 3)
                + " \u00b7 " + draft.key();
        NewPostmortem named = new NewPostmortem(keyed, postmortem.severity(), postmortem.zone(), postmortem.start(),
                postmortem.detect(), postmortem.end(), postmortem.incidentIssue(), postmortem.facilitator(),
                postmortem.contact(), postmortem.meetingDate());
        return List.of(PostmortemPage.title(postmortem), PostmortemPage.title(named));
    }

    /** The template's variables: the Create dialog's for these values, and the rows drafted from the incident. */
    public static Map<String, String> variables(IncidentDraft draft, NewPostmortem postmortem,
                                                Optional<UserRef> creator, Messages messages) {
        List<String> responders = draft.responders().stream().map(JiraIncident.Person::username)
                .filter(name -> name != null && !name.isBlank()).limit(DraftedResponders.MAX_PEOPLE).toList();
        Map<String, String> variables = new LinkedHashMap<>(PostmortemPage.variables(postmortem, creator, messages,
                List.of(), DraftedResponders.decode(String.join("\n", responders)).orElse(List.of())));
        variables.putAll(draftedRows(draft, postmortem.zone(), messages));
        return variables;
    }

    /**
     * The template variables that put every drafted timeline row and every linked issue (as a countermeasure row with
     * its key) into the page, marked "From Jira"; comments left out, as the dialog leaves them unticked.
     */
    static Map<String, String> draftedRows(IncidentDraft draft, ZoneId zone, Messages messages) {
        return DraftedRows.variables(draftedRows(draft), zone, messages);
    }

    /** The rows an automated page carries: the dialog's defaults. */
    static List<DraftedRows.Chosen> draftedRows(IncidentDraft draft) {
        return DraftedRows.chosen(draft, DraftedRows.defaultSources(draft));
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }
}
