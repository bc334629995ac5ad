package io.github.postmortems.jira.fake;

/** A link between two issues as the fake Jira keeps it; Jira keeps one per type and pair however often asked. */
public record StoredIssueLink(String type, String inward, String outward) {
}
