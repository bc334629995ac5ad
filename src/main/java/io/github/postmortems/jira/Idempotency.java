package io.github.postmortems.jira;

/**
 * Whether sending a request twice does the same as sending it once. The retry policy repeats a {@link #SAFE} request
 * after a timeout or a reset; it repeats an {@link #UNSAFE} one only when the failure proves Jira never got it
 * (connection refused, connect timeout, 429).
 *
 * <p>Creating an issue is the one unsafe call: a create that timed out may have succeeded at Jira. The caller gets a
 * {@link JiraUnavailable} with {@link Delivery#OUTCOME_UNKNOWN} and must look for the issue by its identifying labels
 * ({@link JiraClient#findByLabels}) before creating it again. That is how "no duplicate tickets" holds.
 */
public enum Idempotency {
    /** Reads, and writes keyed so that a repeat updates instead of adding (remote link by globalId). */
    SAFE,
    /** A repeat may add a second thing in Jira. */
    UNSAFE
}
