package io.github.postmortems.settings;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of the settings form, as an i18n key and its arguments; the adapter puts it into the
 * admin's language.
 *
 * @param field the form field's name, as in {@link SettingsForm} ({@code priorities.P1} for a priority)
 */
public record FieldProblem(String field, String messageKey, List<String> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, String... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
