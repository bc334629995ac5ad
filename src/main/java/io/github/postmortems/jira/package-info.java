/**
 * Jira DC REST v2, in plain Java: {@link io.github.postmortems.jira.JiraClient} makes the typed calls over a
 * {@link io.github.postmortems.jira.JiraTransport} (personal access token here, application links in the Confluence
 * adapters), {@link io.github.postmortems.jira.RetryingTransport} repeats what is worth repeating, and every failure
 * is one of {@link io.github.postmortems.jira.JiraUnavailable}, {@link io.github.postmortems.jira.JiraRateLimited},
 * {@link io.github.postmortems.jira.JiraRejected} (with {@link io.github.postmortems.jira.JiraUnauthorized}).
 *
 * <h2>The contract that keeps Jira free of duplicate issues</h2>
 * A create is the only call that is not safe to repeat. It is retried only when it provably never ran (connection
 * refused, connect timeout, 429). After a timeout, a reset, a 5xx or an unreadable answer the caller gets
 * {@code JiraUnavailable} with {@code Delivery.OUTCOME_UNKNOWN}; the issue may exist. The caller must then search by
 * the labels that identify the countermeasure ({@code findByLabels}) and create only when nothing is found.
 *
 * <h2>Jira behaviour this package relies on, and where it was checked</h2>
 * <ul>
 *   <li>Search by key: {@code POST /rest/api/2/search} with {@code "validateQuery": false}. With validation on (the
 *       default), one deleted key makes Jira answer 400 "An issue with key 'X' does not exist for field 'key'" for the
 *       whole list; with it off Jira returns the others (atlassian-python-api PR #752; Jira.SDK issue #45). Jira DC's
 *       bean takes a boolean (jira.js server types {@code searchUsingSearchRequest}); Jira Cloud reads {@code false} as
 *       its legacy synonym for "warn". Should a 400 naming keys still come, {@code IssueSearch} drops them and asks
 *       again. {@code issuekey} is one of the key field's JQL names, as {@code key} is.</li>
 *   <li>Create, remote link, issue link and user search shapes: the shared reference, section 7.1 (Atlassian's REST
 *       examples and JRJC 5.2). A remote link with a known {@code globalId} is updated, not added.</li>
 *   <li>Issue link: Atlassian's REST docs say a request that duplicates a link answers as created and adds nothing
 *       (documented for Cloud; assumed for DC, which shares the resource).</li>
 *   <li>Error body {@code {"errorMessages":[...],"errors":{field: message}}} and 400 "Field 'duedate' cannot be set.
 *       It is not on the appropriate screen, or unknown." for fields missing from the create screen.</li>
 * </ul>
 */
package io.github.postmortems.jira;
