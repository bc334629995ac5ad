package io.github.postmortems.blueprint;

import io.github.postmortems.text.Messages;

import java.util.Map;
import java.util.StringJoiner;

/** The wizard's messages as one line, for the server's refusal; the wizard shows the same ones beside its fields. */
public final class WizardMessages {

    private WizardMessages() {
    }

    /** {@code The postmortem was not created. Incident title: Enter a title. Time zone: ...} in the user's language. */
    public static String describe(Map<WizardField, String> errors, Messages messages) {
        StringJoiner line = new StringJoiner(" ");
        line.add(messages.text("postmortems.blueprint.refusal.not-created"));
        errors.forEach((field, key) -> line.add(messages.text("postmortems.blueprint.refusal.field",
                messages.text(field.labelKey()), messages.text(key))));
        return line.toString();
    }
}
