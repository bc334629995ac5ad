package io.github.postmortems.report;

import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tracked issues as everyone but the index sees them: when what Jira says about an issue changes in a way that
 * moves a postmortem's numbers (status category, due date, resolution), or an issue starts or stops being tracked,
 * the page is queued to be indexed again. So the list's open, overdue and within-SLO counts follow Jira's webhook and
 * the reconcile job, not only page edits. A sync that changes nothing else (a new "last synced" time) queues nothing.
 */
public final class ReindexOnJiraChanges implements TrackedIssues {

    private final TrackedIssues store;
    private final IndexQueue queue;

    public ReindexOnJiraChanges(TrackedIssues store, IndexQueue queue) {
        this.store = Objects.requireNonNull(store, "store");
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public void save(TrackedIssue issue) {
        Optional<TrackedIssue> before = store.byKey(issue.key());
        store.save(issue);
        if (before.isEmpty() || movesTheNumbers(before.get(), issue)) {
            reindex(issue.row().pageId());
            before.filter(old -> old.row().pageId() != issue.row().pageId())
                    .ifPresent(old -> reindex(old.row().pageId()));
        }
    }

    @Override
    public void forget(IssueKey key) {
        Optional<TrackedIssue> before = store.byKey(key);
        store.forget(key);
        before.ifPresent(old -> reindex(old.row().pageId()));
    }

    /** The page itself is gone: nothing to index again. */
    @Override
    public void forgetPage(long pageId) {
        store.forgetPage(pageId);
    }

    @Override
    public void forgetOnPageExcept(long pageId, Collection<IssueKey> keep) {
        boolean forgetsAny = store.byPage(pageId).stream().anyMatch(issue -> !keep.contains(issue.key()));
        store.forgetOnPageExcept(pageId, keep);
        if (forgetsAny) {
            reindex(pageId);
        }
    }

    @Override
    public Optional<TrackedIssue> byKey(IssueKey key) {
        return store.byKey(key);
    }

    @Override
    public List<TrackedIssue> byPage(long pageId) {
        return store.byPage(pageId);
    }

    @Override
    public List<TrackedIssue> byPages(Collection<Long> pageIds) {
        return store.byPages(pageIds);
    }

    @Override
    public void forEachBatchOfKeys(int batchSize, Consumer<List<IssueKey>> batch) {
        store.forEachBatchOfKeys(batchSize, batch);
    }

    @Override
    public void recordError(Collection<IssueKey> keys, String error, Instant at) {
        store.recordError(keys, error, at);
    }

    private static boolean movesTheNumbers(TrackedIssue before, TrackedIssue after) {
        return before.category() != after.category()
                || !Objects.equals(before.due(), after.due())
                || !Objects.equals(before.resolvedAt(), after.resolvedAt())
                || before.row().pageId() != after.row().pageId()
                || after.vouched() && !before.vouched();
    }

    /** Only pages the index already holds: a countermeasures table on a page that is no postmortem counts nowhere. */
    private void reindex(long pageId) {
        queue.submit(pageId, IndexQueue.Work.INDEX_IF_KNOWN);
    }
}
