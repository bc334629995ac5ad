package io.github.postmortems.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a postmortem's countermeasures stand: counts as of when the page was indexed, and the due days of the open ones
 * so that overdue is judged on the reader's day.
 *
 * @param total         every countermeasure row but those declined ("won't do" in their Status cell)
 * @param open          not done in Jira (untracked rows count as open)
 * @param done          tracked by a Jira issue in the Done category
 * @param doneWithinSlo done, and resolved within its priority's SLO from the incident's start
 * @param openDue       when the open ones with a due date (Jira's, else the page's) fall due
 * @param verified      done, and verified effective in their Status cell (issue 16)
 */
public record CountermeasureCounts(int total, int open, int done, int doneWithinSlo, DueDates openDue, int verified) {

    public static final CountermeasureCounts NONE = new CountermeasureCounts(0, 0, 0, 0, DueDates.NONE);

    public CountermeasureCounts(int total, int open, int done, int doneWithinSlo, DueDates openDue) {
        this(total, open, done, doneWithinSlo, openDue, 0);
    }

    public CountermeasureCounts {
        Objects.requireNonNull(openDue, "openDue");
        if (total < 0 || open < 0 || done < 0 || doneWithinSlo < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        if (open + done != total || openDue.count() > open || doneWithinSlo > done || verified < 0 || verified > done) {
            throw new IllegalArgumentException("inconsistent counts: total " + total + ", open " + open + ", done "
                    + done + ", open with a due day " + openDue.count() + ", done within SLO " + doneWithinSlo);
        }
    }

    /** Countermeasures not yet verified effective (declined ones are not counted at all). */
    public int unsettled() {
        return total - verified;
    }

    /** Open countermeasures due before {@code today}, the reader's day. */
    public int overdue(LocalDate today) {
        return openDue.overdueOn(today);
    }
}
