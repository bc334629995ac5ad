package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;

import java.util.Objects;
import java.util.Optional;

/**
 * A countermeasure and where it was written, so its Jira key can later be written into that cell and nothing else.
 *
 * @param countermeasure what the row says
 * @param rowSpan        the row's {@code <tr>...</tr>} in the string that was read; null when broken markup hides it
 * @param jiraCellSpan   the content of the row's own Jira cell; null without a Jira column, a cell of its own, or an
 *                       end tag to anchor on
 */
public record CountermeasureRow(Countermeasure countermeasure, SourceSpan rowSpan, SourceSpan jiraCellSpan) {

    public CountermeasureRow {
        Objects.requireNonNull(countermeasure, "countermeasure");
    }

    public Optional<SourceSpan> rowSpanIfKnown() {
        return Optional.ofNullable(rowSpan);
    }

    public Optional<SourceSpan> jiraCellSpanIfKnown() {
        return Optional.ofNullable(jiraCellSpan);
    }
}
