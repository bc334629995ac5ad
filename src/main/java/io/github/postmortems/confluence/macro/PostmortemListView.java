package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the postmortem-list template shows; all text, escaped by the template, except the chart, which
 * {@link ListChart} builds from numbers and escaped text.
 *
 * @param export   the CSV of every listed postmortem; it says how many when the table shows only the first ones
 * @param showMore the button that appends the next rows in the browser; its URL "" when no rows follow
 */
public record PostmortemListView(Styles styles, List<String> warnings, List<ListNumber> numbers, String chartHtml,
                                 String chartTitle, List<String> columns, List<ListRow> rows, String emptyText,
                                 String emptyHint, Link export, ShowMore showMore) implements ListRows {

    public PostmortemListView {
        warnings = List.copyOf(warnings);
        numbers = List.copyOf(numbers);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
