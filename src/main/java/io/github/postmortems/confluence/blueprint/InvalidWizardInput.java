package io.github.postmortems.confluence.blueprint;

import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.blueprint.WizardMessages;

import java.util.Map;

/**
 * The wizard's values break its rules. A context provider has no other way to stop Confluence from creating the
 * page than to throw; the message carries the same (English) messages the wizard shows beside its fields.
 */
public class InvalidWizardInput extends IllegalArgumentException {

    private final transient Map<WizardField, String> errors;

    public InvalidWizardInput(Map<WizardField, String> errors) {
        super("The postmortem was not created. " + WizardMessages.describe(errors));
        this.errors = Map.copyOf(errors);
    }

    /** i18n message key per field in error. */
    public Map<WizardField, String> errors() {
        return errors;
    }
}
