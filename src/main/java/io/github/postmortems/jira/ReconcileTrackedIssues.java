package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brings every tracked issue up to date with Jira: from webhooks as they arrive, and from a periodic job that asks
 * Jira for all tracked issues in batches ({@code key in (...)}, at most 100 keys a request, only the fields shown),
 * so a missed webhook heals. Renders never wait for this: they read what it stored.
 */
public final class ReconcileTrackedIssues {

    /** Jira's search returns at most 100 issues a page; one request per 100 tracked issues. */
    public static final int BATCH = 100;

    /** Stored as the sync error of an issue Jira no longer has; the view translates keys it recognises. */
    public static final String DELETED = "postmortems.jira.sync.deleted";

    private final TrackedIssues tracked;
    private final JiraConnections jira;
    private final Clock clock;

    public ReconcileTrackedIssues(TrackedIssues tracked, JiraConnections jira, Clock clock) {
        this.tracked = tracked;
        this.jira = jira;
        this.clock = clock;
    }

    /** One reconcile pass over every tracked issue. A failed batch is recorded on its issues and the pass goes on. */
    public Report reconcileAll() {
        JiraClient client;
        try {
            client = jira.forBackground();
        } catch (JiraFailure failure) {
            return new Report(0, 0, 0, 1, failure.getMessage());
        }
        int[] counts = new int[4];
        String[] lastFailure = {null};
        tracked.forEachBatchOfKeys(BATCH, keys -> {
            Instant now = clock.instant();
            try {
                FoundIssues found = client.findIssues(keys);
                for (IssueSnapshot snapshot : found.issues().values()) {
                    counts[1] += update(snapshot, now) ? 1 : 0;
                }
                for (IssueKey gone : found.missing()) {
                    markDeleted(gone, now);
                    counts[2]++;
                }
            } catch (JiraFailure failure) {
                tracked.recordError(keys, failure.getMessage(), now);
                counts[3]++;
                lastFailure[0] = failure.getMessage();
            }
            counts[0] += keys.size();
        });
        return new Report(counts[0], counts[1], counts[2], counts[3], lastFailure[0]);
    }

    /** Applies one webhook event; events about issues we do not track change nothing. */
    public boolean apply(JiraWebhookEvent event) {
        Instant now = clock.instant();
        if (event instanceof JiraWebhookEvent.Updated updated) {
            return update(updated.issue(), now);
        }
        if (event instanceof JiraWebhookEvent.Deleted deleted) {
            return markDeleted(deleted.key(), now);
        }
        return false;
    }

    private boolean update(IssueSnapshot snapshot, Instant now) {
        Optional<TrackedIssue> known = tracked.byKey(snapshot.key());
        if (known.isEmpty()) {
            return false;
        }
        TrackedIssue before = known.get();
        tracked.save(new TrackedIssue(before.row(), before.key(), snapshot.statusName(),
                snapshot.statusCategory().category(),
                snapshot.assignee().map(Assignee::username).orElse(null),
                snapshot.assignee().map(Assignee::displayName).orElse(null),
                snapshot.dueDate().orElse(null), snapshot.resolved().orElse(null), now, null));
        return true;
    }

    private boolean markDeleted(IssueKey key, Instant now) {
        Optional<TrackedIssue> known = tracked.byKey(key);
        if (known.isEmpty()) {
            return false;
        }
        TrackedIssue before = known.get();
        tracked.save(new TrackedIssue(before.row(), key, "", StatusCategory.UNKNOWN, null, null, null, null, now,
                DELETED));
        return true;
    }

    /**
     * @param checked       tracked issues asked about
     * @param updated       issues whose state was stored
     * @param deleted       issues Jira no longer has
     * @param failedBatches batches Jira did not answer (their issues keep their last state, with the error)
     */
    public record Report(int checked, int updated, int deleted, int failedBatches, String lastFailure) {
        public List<String> summary() {
            return List.of(checked + " checked", updated + " updated", deleted + " deleted",
                    failedBatches + " failed batches");
        }
    }
}
