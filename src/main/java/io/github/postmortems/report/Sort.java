package io.github.postmortems.report;

/** Orders of the postmortem list. Postmortems missing the value sorted on come last; ties go by page id. */
public enum Sort {
    /** Latest incident first (the default). */
    START_DESC,
    /** Most severe first, then latest first. */
    SEVERITY,
    /** By page title, A to Z in the database's collation (upper and lower case may sort apart). */
    TITLE,
    /** Longest time to detect first. */
    TIME_TO_DETECT,
    /** Longest time to resolve first. */
    TIME_TO_RESOLVE
}
