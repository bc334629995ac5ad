package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings every tracked issue up to date with Jira, always from Jira's answer to our own search: for the issues a
 * webhook named ({@link WebhookHints}), and from a periodic job that asks Jira for all tracked issues, so a missed
 * webhook heals. Both ask in batches ({@code key in (...)}, at most 100 keys a request, only the fields shown). Renders never wait for this: they read what it stored.
 */
public final class ReconcileTrackedIssues {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileTrackedIssues.class);

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
        return reconcile(batches -> tracked.forEachBatchOfKeys(BATCH, batches));
    }

    /**
     * Re-reads these issues from Jira with the app's own access, in batches of {@link #BATCH}; keys we do not track
     * are dropped first. What Jira answers is stored, so a webhook's hint can never set a state Jira does not have.
     */
    public Report reread(Collection<IssueKey> keys) {
        List<IssueKey> known = keys.stream().distinct().filter(this::isTracked).toList();
        if (known.isEmpty()) {
            return new Report(0, 0, 0, 0, null);
        }
        return reconcile(batches -> {
            for (int from = 0; from < known.size(); from += BATCH) {
                batches.accept(known.subList(from, Math.min(known.size(), from + BATCH)));
            }
        });
    }

    public boolean isTracked(IssueKey key) {
        return tracked.byKey(key).isPresent();
    }

    private Report reconcile(Consumer<Consumer<List<IssueKey>>> eachBatch) {
        JiraClient client;
        try {
            client = jira.forBackground();
        } catch (JiraFailure failure) {
            return new Report(0, 0, 0, 1, failure.getMessage());
        }
        int[] counts = new int[4];
        String[] lastFailure = {null};
        eachBatch.accept(keys -> {
            Instant now = clock.instant();
            try {
                FoundIssues found = client.findIssues(keys);
                if (!found.warnings().isEmpty()) {
                    // Fields read as unknown (an impossible due date, an assignee without name) and Jira's own notes.
                    LOG.info("Jira's answer about {} tracked issues: {}", keys.size(),
                            String.join("; ", found.warnings()));
                }
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
