package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the postmortem-list template shows; all text, escaped by the template, except the chart, which
 * {@link ListChart} builds from numbers and escaped text.
 *
 * @param nothing  the selection holds no postmortem the viewer may see: one panel replaces numbers, chart and links
 * @param empty    what that panel says and the button it offers
 * @param export   the CSV of every listed postmortem; it says how many when the table shows only the first ones
 * @param showMore the button that appends the next rows in the browser; its URL "" when no rows follow
 */
public record PostmortemListView(Styles styles, List<String> warnings, List<ListNumber> numbers, String chartHtml,
                                 String chartTitle, List<String> columns, List<ListRow> rows, boolean nothing,
                                 String emptyText, EmptyList empty, Link export, ShowMore showMore)
        implements ListRows {

    public PostmortemListView {
        warnings = List.copyOf(warnings);
        numbers = List.copyOf(numbers);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Postmortems are selected, yet no row is shown (they were unindexed since they were counted). */
    public boolean noRows() {
        return rows.isEmpty();
    }
}
