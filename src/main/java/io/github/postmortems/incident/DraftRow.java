package io.github.postmortems.incident;

import io.github.postmortems.timeline.EntryKind;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A timeline row drafted from the incident: what happened, when, what it marks, and where in Jira it is shown.
 *
 * @param source   what the row came from, stable across drafts ({@code change:10123:status}, {@code comment:10456}):
 *                 how the dialog names the rows a person chose
 * @param kind     what the row marks where that is clear from the change; {@link EntryKind#OTHER} otherwise
 * @param evidence the issue (or the comment) in Jira; empty when Jira's answer did not say where it lives
 */
public record DraftRow(String source, Instant time, String text, EntryKind kind, Optional<URI> evidence) {

    public DraftRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
