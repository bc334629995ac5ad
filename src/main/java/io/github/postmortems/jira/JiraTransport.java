package io.github.postmortems.jira;

/**
 * Carries one request to Jira and brings back whatever HTTP answer came, whatever its status. Implementations:
 * {@link TokenTransport} (base URL + personal access token), the application-links transport in the Confluence
 * adapters, and {@link RetryingTransport} around either.
 *
 * <p>Throws {@link JiraUnavailable} only when there is no HTTP answer at all; its {@link Delivery} says whether the
 * request may have reached Jira (only a refused or timed-out connect is {@link Delivery#NOT_SENT}).
 */
public interface JiraTransport {

    JiraResponse send(JiraRequest request) throws JiraUnavailable;
}
