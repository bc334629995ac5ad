package io.github.postmortems.report;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many postmortems of one severity started in one month, for the chart.
 *
 * @param severityCode null for postmortems without a severity
 * @param severityRank null exactly when the code is
 */
public record MonthlyCount(YearMonth month, String severityCode, Integer severityRank, int count) {

    public MonthlyCount {
        Objects.requireNonNull(month, "month");
        if (count < 1) {
            throw new IllegalArgumentException("only months with postmortems are listed: " + count);
        }
    }
}
