package io.github.postmortems.jira;

import java.time.Duration;
import java.util.Objects;

/**
 * Jira answered 429 and asked us to wait longer than the retry policy allows (or gave up after its attempts). Jira's
 * rate limiter refuses a request before running it, so nothing happened there.
 */
public final class JiraRateLimited extends JiraFailure {

    private final Duration retryAfter;

    public JiraRateLimited(Duration retryAfter) {
        super("Jira is rate limiting this app; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
