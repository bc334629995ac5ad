package io.github.postmortems.jira.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An issue as the fake Jira keeps it, read by tests to check what a create really stored. */
public record StoredIssue(String key, String id, String project, String issueType, String summary,
                          String description, Optional<String> assignee, Optional<LocalDate> dueDate,
                          Optional<String> priority, List<String> labels, String status, Instant created,
                          Instant updated, Optional<Instant> resolved) {

    public StoredIssue {
        labels = List.copyOf(labels);
    }

    StoredIssue withStatus(String newStatus, Instant at, Optional<Instant> resolvedAt) {
        return new StoredIssue(key, id, project, issueType, summary, description, assignee, dueDate, priority, labels,
                newStatus, created, at, resolvedAt);
    }

    StoredIssue withAssignee(Optional<String> newAssignee, Instant at) {
        return new StoredIssue(key, id, project, issueType, summary, description, newAssignee, dueDate, priority, labels,
                status, created, at, resolved);
    }

    StoredIssue withPriority(Optional<String> newPriority, Instant at) {
        return new StoredIssue(key, id, project, issueType, summary, description, assignee, dueDate, newPriority, labels,
                status, created, at, resolved);
    }
}
