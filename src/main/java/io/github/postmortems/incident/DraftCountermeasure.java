package io.github.postmortems.incident;

import io.github.postmortems.postmortem.IssueKey;

import java.util.Objects;

/**
 * An issue linked to the incident, offered as a countermeasure row that Jira already tracks.
 *
 * @param text   the linked issue's summary (its key when it has none)
 * @param phrase how the incident relates to it, as Jira words the link ({@code is blocked by})
 * @param status the linked issue's status name when the draft was made
 */
public record DraftCountermeasure(IssueKey key, String text, String phrase, String status) {

    public DraftCountermeasure {
        Objects.requireNonNull(key, "key");
        text = text == null || text.isBlank() ? key.toString() : text;
    }
}
