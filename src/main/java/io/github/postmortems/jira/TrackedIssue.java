package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What we last learned from Jira about the issue that tracks one countermeasure row. Macros render from this, never
 * from Jira while a page renders.
 *
 * @param assignee     Jira username of the assignee; null when unassigned
 * @param assigneeName display name of the assignee; null when unassigned
 * @param due          due date in Jira; null when none
 * @param resolvedAt   when Jira resolved it; null while open
 * @param lastSynced   when we last heard from Jira about it (webhook or reconcile); null before the first time
 * @param lastError    why the last sync of this issue failed; null when it did not
 */
public record TrackedIssue(RowRef row, IssueKey key, String statusName, StatusCategory category, String assignee,
                           String assigneeName, LocalDate due, Instant resolvedAt, Instant lastSynced,
                           String lastError) {

    public TrackedIssue {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(key, "key");
        statusName = statusName == null ? "" : statusName;
        category = category == null ? StatusCategory.UNKNOWN : category;
    }

    /** A tracked issue we know only by key so far (just created, or typed into the page by a person). */
    public static TrackedIssue justLinked(RowRef row, IssueKey key) {
        return new TrackedIssue(row, key, "", StatusCategory.UNKNOWN, null, null, null, null, null, null);
    }

    public Optional<LocalDate> dueIfSet() {
        return Optional.ofNullable(due);
    }

    public Optional<Instant> lastSyncedIfSet() {
        return Optional.ofNullable(lastSynced);
    }

    public Optional<String> lastErrorIfSet() {
        return Optional.ofNullable(lastError);
    }
}
