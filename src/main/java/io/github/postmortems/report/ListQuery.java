package io.github.postmortems.report;

import java.util.List;
import java.util.Objects;

/**
 * What a postmortem list asks for, parsed from the macro's (or the export's) parameters.
 *
 * @param selection the postmortems, before permissions are applied
 * @param maxRows   how many rows the table shows
 * @param columns   which columns, in order; never empty
 * @param warnings  values that could not be used (their defaults were)
 */
public record ListQuery(Selection selection, int maxRows, List<ListColumn> columns, List<ListWarning> warnings) {

    public ListQuery {
        Objects.requireNonNull(selection, "selection");
        if (maxRows < 1) {
            throw new IllegalArgumentException("at least one row: " + maxRows);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("at least one column");
        }
        warnings = List.copyOf(warnings);
    }
}
