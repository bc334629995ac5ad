package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where an issue stands in Jira at one moment: what the page shows beside its countermeasure. */
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
