package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.review.Verification;

import java.util.Map;
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
 * @param cellSpans      the content of each of the row's own cells, by column (the Jira cell among them), for the
 *                       writers that change one cell and nothing else
 * @param said           what a person wrote in the row's Status cell beyond Jira (verified effective, won't do);
 *                       null when nothing readable is written there
 */
public record CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan,
                                SourceSpan taskBodyEnd, Map<CountermeasureColumn, SourceSpan> cellSpans,
                                Verification said) {

    public CountermeasureRow {
        Objects.requireNonNull(countermeasure, "countermeasure");
        cellSpans = Map.copyOf(cellSpans);
    }

    public CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan,
                             SourceSpan taskBodyEnd, Map<CountermeasureColumn, SourceSpan> cellSpans) {
        this(countermeasure, rowSpan, jiraCellSpan, taskBodyEnd, cellSpans, null);
    }

    /** The same row and cells, saying {@code countermeasure} (the drafted marks' reading of it). */
    public CountermeasureRow with(Countermeasure countermeasure) {
        return new CountermeasureRow(countermeasure, rowSpan, jiraCellSpan, taskBodyEnd, cellSpans, said);
    }

    /** Verified effective or won't do, as the Status cell says; empty when it says neither. */
    public Optional<Verification> saidIfAny() {
        return Optional.ofNullable(said);
    }

    public CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan,
                             SourceSpan taskBodyEnd) {
        this(countermeasure, rowSpan, jiraCellSpan, taskBodyEnd, Map.of());
    }

    public CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan) {
        this(countermeasure, rowSpan, jiraCellSpan, null);
    }

    /** The content of the row's own cell in this column; empty without the column or a cell to anchor on. */
    public Optional<SourceSpan> cellSpanIfKnown(CountermeasureColumn column) {
        return Optional.ofNullable(cellSpans.get(column));
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
