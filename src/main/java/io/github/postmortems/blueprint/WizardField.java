package io.github.postmortems.blueprint;

import java.util.Locale;

/**
 * The fields of the Create dialog's postmortem form, in the order the form shows them. {@link #formName()} is the
 * input's {@code name}, which is also the key the wizard's values arrive under in the blueprint context.
 * <p>No field is called {@code title}: Confluence would take a wizard field of that name as the page title.
 */
public enum WizardField {
    INCIDENT_TITLE("incidentTitle"),
    SEVERITY("severity"),
    START_DATE("startDate"),
    START_TIME("startTime"),
    DETECT_DATE("detectDate"),
    DETECT_TIME("detectTime"),
    END_DATE("endDate"),
    END_TIME("endTime"),
    TIME_ZONE("timeZone"),
    INCIDENT_KEY("incidentKey"),
    FACILITATOR("facilitator"),
    CONTACT("contact"),
    MEETING_DATE("meetingDate");

    private final String formName;

    WizardField(String formName) {
        this.formName = formName;
    }

    public String formName() {
        return formName;
    }

    /** i18n key of the field's label in the wizard. */
    public String labelKey() {
        return "postmortems.blueprint.wizard." + formName.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)
                + ".label";
    }
}
