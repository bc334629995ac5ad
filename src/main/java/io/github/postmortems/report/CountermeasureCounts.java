package io.github.postmortems.report;

/**
 * How a postmortem's countermeasures stand, as of when the page was indexed.
 *
 * @param total         every countermeasure row
 * @param open          not done in Jira (untracked rows count as open)
 * @param done          tracked by a Jira issue in the Done category
 * @param overdue       open, with a due date (Jira's, else the page's) before the day of indexing
 * @param doneWithinSlo done, and resolved within its priority's SLO from the incident's start
 */
public record CountermeasureCounts(int total, int open, int done, int overdue, int doneWithinSlo) {

    public static final CountermeasureCounts NONE = new CountermeasureCounts(0, 0, 0, 0, 0);

    public CountermeasureCounts {
        if (total < 0 || open < 0 || done < 0 || overdue < 0 || doneWithinSlo < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        if (open + done != total || overdue > open || doneWithinSlo > done) {
            throw new IllegalArgumentException("inconsistent counts: total " + total + ", open " + open + ", done "
                    + done + ", overdue " + overdue + ", done within SLO " + doneWithinSlo);
        }
    }
}
