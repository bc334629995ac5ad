package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What pressing "Create Jira issues" did for one countermeasure row. Messages are i18n keys with their arguments, so
 * the REST resource answers in the user's language.
 *
 * @param rowId   the row's identity ({@link RowRef#rowId()})
 * @param row     1-based row in the table, 0 when the row is gone
 * @param key     the row's issue when there is one
 * @param message i18n key saying what happened; {@code args} fill it
 * @param notes   further things the user should know (e.g. "created unassigned: no Jira user for Jo Doe")
 */
public record RowOutcome(String rowId, int row, Kind kind, IssueKey key, String message, List<String> args,
                         List<Note> notes) {

    public RowOutcome {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
        notes = List.copyOf(notes);
    }

    public Optional<IssueKey> keyIfAny() {
        return Optional.ofNullable(key);
    }

    /** Whether pressing the button again may finish this row. */
    public boolean retryable() {
        return kind == Kind.FAILED_TEMPORARILY || kind == Kind.UNCERTAIN || kind == Kind.IN_PROGRESS;
    }

    /** Whether the row has its issue now. */
    public boolean tracked() {
        return key != null;
    }

    public enum Kind {
        /** A new issue was created. */
        CREATED,
        /** An issue created by an earlier, interrupted attempt was found by its label and adopted. */
        RECOVERED,
        /** The row already had its issue; nothing was created. */
        ALREADY_TRACKED,
        /** Someone else is creating this row's issue right now. */
        IN_PROGRESS,
        /** Jira refused (a field, a permission): pressing again will not help until that is fixed. */
        REJECTED,
        /** Jira could not be reached or was busy; nothing was created; pressing again will try again. */
        FAILED_TEMPORARILY,
        /** Jira did not answer and we could not tell whether it created the issue; pressing again finishes safely. */
        UNCERTAIN,
        /**
         * Not created, on purpose: the page has an issue no row names (its row changed), which may be this row's.
         * Placing or releasing it on the board lets the next press go on.
         */
        NOT_CREATED,
        /** The row is not on the page (any more). */
        NO_SUCH_ROW,
        /** Jira is not set up in the app's administration. */
        NOT_CONFIGURED,
        /** The user must first allow Confluence to act for them in Jira; {@code args} name where. */
        CONSENT_NEEDED,
        /**
         * The connection is set up but does not work (a removed link, refused credentials, a missing permission):
         * pressing again will not help until an administrator fixes it.
         */
        CONNECTION_FAILED
    }

    /** Whether this says something about the connection, the same for every row, rather than about this row. */
    public boolean boardLevel() {
        return kind == Kind.NOT_CONFIGURED || kind == Kind.CONSENT_NEEDED || kind == Kind.CONNECTION_FAILED;
    }

    /** A side remark about a row: an i18n key and its arguments. */
    public record Note(String message, List<String> args) {
        public Note {
            args = List.copyOf(args);
        }

        public static Note of(String message, String... args) {
            return new Note(message, List.of(args));
        }
    }
}
