package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of Jira issue creations, written before and after each call to Jira, so that a retry after a timeout, a
 * crash between the Jira call and the page write, or two people pressing the button at once never creates a second
 * issue for the same row.
 */
public interface CreationLedger {

    /**
     * Claims a row for creation. At most one claim per row can be open at a time, across the cluster: the store
     * enforces it (a unique row key), not a lock in memory.
     */
    Claim claim(RowRef row, Instant now);

    /** The issue exists in Jira: remember its key (the claim is settled). */
    void created(RowRef row, IssueKey key, Instant now);

    /** The attempt failed without creating anything in Jira: release the row so a later press can try again. */
    void failed(RowRef row, String reason, Instant now);

    /** The key is now in the page too; nothing is left to do for this row. */
    void writtenBack(RowRef row, Instant now);

    Optional<Creation> of(RowRef row);

    /** Rows of the page whose creation is open or whose key is not yet in the page. */
    List<Creation> unfinished(long pageId);

    /** The outcome of {@link #claim}. */
    sealed interface Claim {
        /** This caller may create the issue now. {@code attempt} counts from 1. */
        record Granted(int attempt) implements Claim {
        }

        /**
         * Someone else claimed the row and has not finished, or an earlier attempt ended without an answer from
         * Jira (it may have created the issue): the caller must look the row up in Jira by its label first.
         */
        record Uncertain(Instant since) implements Claim {
        }

        /** The issue already exists. */
        record Done(IssueKey key) implements Claim {
        }
    }

    /** One row's creation record. */
    record Creation(RowRef row, State state, IssueKey key, int attempts, String lastError, Instant updated) {
    }

    enum State {
        /** Claimed; the Jira call may be under way or may have been interrupted. */
        CLAIMED,
        /** The last attempt failed cleanly; free to try again. */
        FAILED,
        /** Created in Jira; the key is known but not yet in the page. */
        CREATED,
        /** Created and written back into the page. */
        WRITTEN_BACK
    }
}
