package io.github.postmortems.jira;

/** What we know about whether Jira acted on a request that failed. */
public enum Delivery {
    /** The request never reached Jira (connection refused, connect timeout): nothing happened there. */
    NOT_SENT,
    /**
     * The request may have reached Jira and may have been carried out (timeout while waiting for the answer,
     * connection reset, 5xx from a proxy, an unreadable answer). For a create, search by its identifying label before
     * creating again.
     */
    OUTCOME_UNKNOWN
}
