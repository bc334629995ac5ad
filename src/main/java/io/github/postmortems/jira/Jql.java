package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.util.Collection;
import java.util.stream.Collectors;

/** The few JQL queries the app runs, with values quoted so no label or key can change the query. */
final class Jql {

    private Jql() {
    }

    /** {@code issuekey in ("OPS-1", "OPS-2")}. */
    static String issueKeysIn(Collection<IssueKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("JQL 'in' needs at least one key");
        }
        return keys.stream().map(k -> quoted(k.toString())).collect(Collectors.joining(", ", "issuekey in (", ")"));
    }

    /** {@code labels = "postmortem" AND labels = "pm-row-7"}: issues carrying every one of the labels. */
    static String allLabels(Collection<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("A label search needs at least one label");
        }
        labels.forEach(NewIssue::requireLabel);
        return labels.stream().map(l -> "labels = " + quoted(l)).collect(Collectors.joining(" AND "))
                + " ORDER BY created ASC";
    }

    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
