package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.util.Objects;

/** The issue Jira created: its key and its numeric id. */
public record CreatedIssue(IssueKey key, String id) {

    public CreatedIssue {
        Objects.requireNonNull(key, "key");
        if (id == null || !id.matches("\\d+")) {
            throw new IllegalArgumentException("A Jira issue id is a number: " + id);
        }
    }
}
