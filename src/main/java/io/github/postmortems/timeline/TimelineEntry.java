package io.github.postmortems.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the incident timeline.
 *
 * @param row         1-based data row in the page's table, so warnings and edits can point at it
 * @param time        when it happened
 * @param text        the event as plain text (for sorting, search and exports)
 * @param richText    the event cell's own markup (storage format fragment), kept so links, mentions and code survive
 * @param evidence    the graph, log, chat message, page or file that shows it; null when none
 * @param kind        what the entry marks, {@link EntryKind#OTHER} when not given
 * @param drafted     the row still carries the "From Jira" lozenge it was drafted with from the incident
 */
public record TimelineEntry(int row, Instant time, String text, String richText, Evidence evidence, EntryKind kind,
                            boolean drafted) {

    public TimelineEntry {
        if (row < 1) {
            throw new IllegalArgumentException("rows are 1-based: " + row);
        }
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
        richText = richText == null ? "" : richText;
        kind = kind == null ? EntryKind.OTHER : kind;
    }

    /** A row written by a person (or one whose drafted mark is gone). */
    public TimelineEntry(int row, Instant time, String text, String richText, Evidence evidence, EntryKind kind) {
        this(row, time, text, richText, evidence, kind, false);
    }

    public Optional<Evidence> evidenceIfSet() {
        return Optional.ofNullable(evidence);
    }
}
