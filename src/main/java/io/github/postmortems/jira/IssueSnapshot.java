package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an issue stands in Jira at one moment: what the page shows beside its countermeasure. Only the key and the
 * status name are always known; a field Jira left out or wrote in a shape it does not write reads as unknown: the
 * category as {@link JiraStatusCategory#undefined()} (the status shows by name in a neutral lozenge), the assignee,
 * due date, resolution and update times as empty (the page's own owner and due date stand).
 */
public record IssueSnapshot(IssueKey key, String id, String statusName, JiraStatusCategory statusCategory,
                            Optional<Assignee> assignee, Optional<LocalDate> dueDate, Optional<Instant> resolved,
                            Optional<Instant> updated) {

    /** The fields a snapshot is read from; searches ask Jira for these and nothing else. */
    public static final List<String> FIELDS = List.of("status", "assignee", "duedate", "resolutiondate", "updated");

    public IssueSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusName, "statusName");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(updated, "updated");
    }
}
