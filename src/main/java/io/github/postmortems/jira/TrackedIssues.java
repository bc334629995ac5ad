package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where tracked issues are kept (Active Objects in Confluence). */
public interface TrackedIssues {

    /** Inserts or replaces the record for {@code issue.key()}. */
    void save(TrackedIssue issue);

    Optional<TrackedIssue> byKey(IssueKey key);

    List<TrackedIssue> byPage(long pageId);

    /** The issues of several pages in one query (an export's page of rows), ordered by page, then as tracked. */
    List<TrackedIssue> byPages(Collection<Long> pageIds);

    /**
     * Every tracked key someone vouched for, in batches of at most {@code batchSize}, without holding them all in
     * memory. A record nobody vouched for (from before vouching) is not polled: nothing would show what Jira says.
     */
    void forEachBatchOfKeys(int batchSize, Consumer<List<IssueKey>> batch);

    /** Records that syncing these issues failed, keeping what we knew before. */
    void recordError(Collection<IssueKey> keys, String error, Instant at);

    /** Forgets an issue (deleted in Jira, or its row removed from the page). */
    void forget(IssueKey key);

    /** Forgets every issue tracked for the page: it was removed or trashed, so nobody reads them there any more. */
    void forgetPage(long pageId);

    /** Forgets the page's issues whose key is not in {@code keep}: they were removed from the page. */
    void forgetOnPageExcept(long pageId, Collection<IssueKey> keep);
}
