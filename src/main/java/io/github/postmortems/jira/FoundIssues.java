package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "where do these issues stand": a snapshot per key Jira returned, the asked-for keys it did not
 * return (deleted, moved to another key, or not visible to the connection's user), and Jira's warnings.
 */
public record FoundIssues(Map<IssueKey, IssueSnapshot> issues, Set<IssueKey> missing, List<String> warnings) {

    public FoundIssues {
        issues = Map.copyOf(issues);
        missing = Set.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    public Optional<IssueSnapshot> get(IssueKey key) {
        return Optional.ofNullable(issues.get(key));
    }
}
