package io.github.postmortems.jira;

import java.util.List;
import java.util.Objects;

/**
 * What a change a person asked for on one countermeasure row did (take Jira's values, unlink a deleted issue). The
 * message is an i18n key with its arguments, so the REST resource answers in the user's language.
 *
 * @param changed whether the page (or the row's record) changed
 */
public record RowChange(boolean changed, String message, List<String> args) {

    public RowChange {
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    static RowChange done(String message, String... args) {
        return new RowChange(true, message, List.of(args));
    }

    static RowChange refused(String message, String... args) {
        return new RowChange(false, message, List.of(args));
    }
}
