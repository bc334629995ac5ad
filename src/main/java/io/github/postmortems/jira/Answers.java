package io.github.postmortems.jira;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns an HTTP answer that is not a success into the failure it means: 401/403 {@link JiraUnauthorized}, 429
 * {@link JiraRateLimited}, other 4xx {@link JiraRejected}, 5xx and 3xx {@link JiraUnavailable}.
 */
final class Answers {

    private static final Duration WHEN_JIRA_DOES_NOT_SAY = Duration.ofMinutes(1);

    private Answers() {
    }

    static JiraResponse successful(JiraRequest request, JiraResponse response, Instant now) throws JiraFailure {
        int status = response.status();
        if (response.isSuccess()) {
            return response;
        }
        if (status == 401 || status == 403) {
            throw JiraUnauthorized.of(status, JiraErrors.parse(response.body()));
        }
        if (status == 429) {
            throw new JiraRateLimited(RetryAfter.parse(response.header("Retry-After"), now)
                    .orElse(WHEN_JIRA_DOES_NOT_SAY));
        }
        if (status >= 400 && status < 500) {
            throw new JiraRejected(status, JiraErrors.parse(response.body()));
        }
        if (status >= 300 && status < 400) {
            throw new JiraUnavailable("Jira redirected " + request + " to "
                    + response.header("Location").orElse("somewhere else")
                    + ": check the base URL (a login page or a proxy answers instead of Jira)", Delivery.OUTCOME_UNKNOWN);
        }
        // A 5xx may come from a proxy after Jira did the work (504), so the outcome of a write is unknown.
        throw new JiraUnavailable("Jira answered " + status + " to " + request + ": "
                + JiraErrors.parse(response.body()).describe(), Delivery.OUTCOME_UNKNOWN);
    }
}
