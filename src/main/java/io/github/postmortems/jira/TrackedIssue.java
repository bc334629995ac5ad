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
 * @param vouchedBy    why the page may show what Jira says about it ({@link #CREATED}, {@link #byProject},
 *                     {@link #byUser}); null when nobody vouched (it is then shown as a bare key). A record saved with
 *                     null keeps the vouch it had: a sync never takes it away.
 */
public record TrackedIssue(RowRef row, IssueKey key, String statusName, StatusCategory category, String assignee,
                           String assigneeName, LocalDate due, Instant resolvedAt, Instant lastSynced,
                           String lastError, String vouchedBy) {

    /** The button created the issue in Jira as the person who pressed it. */
    public static final String CREATED = "created";
    private static final String PROJECT = "project:";
    private static final String USER = "user:";

    public TrackedIssue {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(key, "key");
        statusName = statusName == null ? "" : statusName;
        category = category == null ? StatusCategory.UNKNOWN : category;
    }

    /** A sync's view of an issue: it says nothing about who vouched, so the stored vouch stays. */
    public TrackedIssue(RowRef row, IssueKey key, String statusName, StatusCategory category, String assignee,
                        String assigneeName, LocalDate due, Instant resolvedAt, Instant lastSynced, String lastError) {
        this(row, key, statusName, category, assignee, assigneeName, due, resolvedAt, lastSynced, lastError, null);
    }

    /** An issue the button just created, as the person who pressed it; we know only its key so far. */
    public static TrackedIssue justLinked(RowRef row, IssueKey key) {
        return vouched(row, key, CREATED);
    }

    /** A key typed into a page, known only by key so far, and why its Jira side may be shown there. */
    public static TrackedIssue vouched(RowRef row, IssueKey key, String vouchedBy) {
        Objects.requireNonNull(vouchedBy, "vouchedBy");
        return new TrackedIssue(row, key, "", StatusCategory.UNKNOWN, null, null, null, null, null, null, vouchedBy);
    }

    /** The vouch of a key in the project the administrator configured for postmortems. */
    public static String byProject(String projectKey) {
        return PROJECT + projectKey;
    }

    /** The vouch of a key that this Confluence user read in Jira as themselves. */
    public static String byUser(String username) {
        return USER + username;
    }

    /** Whether a page may show what Jira says about this issue. */
    public boolean vouched() {
        return vouchedBy != null;
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
