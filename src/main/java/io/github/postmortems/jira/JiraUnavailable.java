package io.github.postmortems.jira;

import java.util.Objects;

/**
 * Jira could not be reached or did not answer usefully: connection errors, timeouts, 5xx, redirects to a login page,
 * or a body that is not the JSON Jira sends (a broken proxy). Worth trying again later.
 */
public final class JiraUnavailable extends JiraFailure {

    private final Delivery delivery;

    public JiraUnavailable(String reason, Delivery delivery) {
        super(reason);
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    public JiraUnavailable(String reason, Delivery delivery, Throwable cause) {
        super(reason, cause);
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** Whether Jira may have carried out the request even though we have no answer. */
    public Delivery delivery() {
        return delivery;
    }

    public boolean mayHaveReachedJira() {
        return delivery == Delivery.OUTCOME_UNKNOWN;
    }
}
