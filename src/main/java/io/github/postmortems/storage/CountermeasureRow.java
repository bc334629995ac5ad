package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;

import java.util.Objects;
import java.util.Optional;

/**
 * A countermeasure and where it was written, so its Jira key can later be written into that cell and nothing else.
 *
 * @param countermeasure what the row says
 * @param rowSpan        the row's {@code <tr>...</tr>} (or the task's {@code <ac:task>...</ac:task>}) in the string
 *                       that was read; null when broken markup hides it
 * @param jiraCellSpan   the content of the row's own Jira cell; null without a Jira column, a cell of its own, or an
 *                       end tag to anchor on
 * @param taskBodyEnd    for a countermeasure written as a Confluence task: the empty range at the end of the task's
 *                       body, where its key is added when there is no Jira cell; null otherwise
 */
public record CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan,
                                SourceSpan taskBodyEnd) {

    public CountermeasureRow {
        Objects.requireNonNull(countermeasure, "countermeasure");
    }

    public CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan) {
        this(countermeasure, rowSpan, jiraCellSpan, null);
    }

    public Optional<SourceSpan> rowSpanIfKnown() {
        return Optional.ofNullable(rowSpan);
    }

    public Optional<SourceSpan> jiraCellSpanIfKnown() {
        return Optional.ofNullable(jiraCellSpan);
    }

    public Optional<SourceSpan> taskBodyEndIfKnown() {
        return Optional.ofNullable(taskBodyEnd);
    }
}
