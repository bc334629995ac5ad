package io.github.postmortems.review;

import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person said about a countermeasure beyond Jira: that it works (verified effective, typically at the
 * follow-up review) or that it will not be done. Either way with the day, who said it and why, so a reader can
 * judge; kept in the page's countermeasures table, which stays the source of truth.
 */
public record Verification(Kind kind, LocalDate on, UserRef by, String note) {

    public static final int MAX_NOTE = 1_000;

    public enum Kind { VERIFIED, WONT_DO }

    public Verification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        note = Text.requireNonBlank(note, "note");
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE);
        }
    }
}
