package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** {@link TrackedIssues} in a map, for tests of what uses the store; the AO store has its own tests on real databases. */
public class InMemoryTrackedIssues implements TrackedIssues {

    private final Map<String, TrackedIssue> byKey = new TreeMap<>();

    @Override
    public synchronized void save(TrackedIssue issue) {
        TrackedIssue known = byKey.get(issue.key().toString());
        // Like the AO store: a record saved without a vouch keeps the one it had on the same page.
        String vouch = issue.vouched() || known == null || known.row().pageId() != issue.row().pageId()
                ? issue.vouchedBy() : known.vouchedBy();
        byKey.put(issue.key().toString(), new TrackedIssue(issue.row(), issue.key(), issue.statusName(),
                issue.category(), issue.assignee(), issue.assigneeName(), issue.due(), issue.resolvedAt(),
                issue.lastSynced(), issue.lastError(), vouch));
    }

    @Override
    public synchronized Optional<TrackedIssue> byKey(IssueKey key) {
        return Optional.ofNullable(byKey.get(key.toString()));
    }

    @Override
    public synchronized List<TrackedIssue> byPage(long pageId) {
        return byKey.values().stream().filter(i -> i.row().pageId() == pageId).toList();
    }

    @Override
    public synchronized List<TrackedIssue> byPages(Collection<Long> pageIds) {
        return byKey.values().stream().filter(i -> pageIds.contains(i.row().pageId()))
                .sorted(java.util.Comparator.comparingLong(i -> i.row().pageId())).toList();
    }

    @Override
    public void forEachBatchOfKeys(int batchSize, Consumer<List<IssueKey>> batch) {
        List<IssueKey> keys;
        synchronized (this) {
            keys = byKey.values().stream().filter(TrackedIssue::vouched).map(TrackedIssue::key).toList();
        }
        for (int i = 0; i < keys.size(); i += batchSize) {
            batch.accept(new ArrayList<>(keys.subList(i, Math.min(keys.size(), i + batchSize))));
        }
    }

    @Override
    public synchronized void recordError(Collection<IssueKey> keys, String error, Instant at) {
        for (IssueKey key : keys) {
            TrackedIssue known = byKey.get(key.toString());
            if (known != null) {
                byKey.put(key.toString(), new TrackedIssue(known.row(), known.key(), known.statusName(),
                        known.category(), known.assignee(), known.assigneeName(), known.due(), known.resolvedAt(),
                        known.lastSynced(), error, known.vouchedBy()));
            }
        }
    }

    @Override
    public synchronized void forget(IssueKey key) {
        byKey.remove(key.toString());
    }

    @Override
    public synchronized void forgetPage(long pageId) {
        byKey.values().removeIf(issue -> issue.row().pageId() == pageId);
    }

    @Override
    public synchronized void forgetOnPageExcept(long pageId, Collection<IssueKey> keep) {
        byKey.values().removeIf(issue -> issue.row().pageId() == pageId && !keep.contains(issue.key()));
    }

    public synchronized int size() {
        return byKey.size();
    }
}
