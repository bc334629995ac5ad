package io.github.postmortems.confluence.blueprint;

import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.blueprint.WizardMessages;
import io.github.postmortems.text.Messages;

import java.util.Map;

/**
 * The wizard's values break its rules. A context provider has no other way to stop Confluence from creating the
 * page than to throw; the message carries the messages the wizard shows beside its fields, in the user's language.
 */
public class InvalidWizardInput extends IllegalArgumentException {

    private final transient Map<WizardField, String> errors;

    public InvalidWizardInput(Map<WizardField, String> errors, Messages messages) {
        super(WizardMessages.describe(errors, messages));
        this.errors = Map.copyOf(errors);
    }

    /** i18n message key per field in error. */
    public Map<WizardField, String> errors() {
        return errors;
    }
}
