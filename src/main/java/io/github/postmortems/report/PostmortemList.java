package io.github.postmortems.report;

import java.util.List;
import java.util.Objects;

/**
 * One viewer's postmortem list: the first rows in the selection's order and the numbers, both over visible
 * postmortems only.
 *
 * @param rows       at most the query's maximum rows
 * @param statistics over every visible postmortem of the selection
 * @param firstMonth the first month the chart covers; the last is {@code firstMonth + months - 1}
 * @param today      the reader's day, on which the rows' overdue countermeasures are counted as the statistics' are
 */
public record PostmortemList(ListQuery query, List<PostmortemSummary> rows, Statistics statistics,
                             java.time.YearMonth firstMonth, int months, java.time.LocalDate today) {

    public PostmortemList {
        Objects.requireNonNull(query, "query");
        rows = List.copyOf(rows);
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(today, "today");
    }

    /** More visible postmortems than rows shown. */
    public boolean truncated() {
        return statistics.count() > rows.size();
    }
}
