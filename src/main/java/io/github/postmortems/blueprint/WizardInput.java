package io.github.postmortems.blueprint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What the wizard sent, as typed: one string per field, empty when the field was left empty or not sent. */
public record WizardInput(Map<WizardField, String> values) {

    public WizardInput {
        Map<WizardField, String> copy = new EnumMap<>(WizardField.class);
        for (WizardField field : WizardField.values()) {
            String value = values.get(field);
            copy.put(field, value == null ? "" : value);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** Reads the wizard's form values out of a blueprint context map (keys are the inputs' names). */
    public static WizardInput fromForm(Map<String, ?> form) {
        Map<WizardField, String> values = new EnumMap<>(WizardField.class);
        for (WizardField field : WizardField.values()) {
            Object value = form.get(field.formName());
            values.put(field, value == null ? "" : value.toString());
        }
        return new WizardInput(values);
    }

    public String get(WizardField field) {
        return values.get(field);
    }
}
