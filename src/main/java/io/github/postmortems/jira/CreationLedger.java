package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of Jira issue creations, written before and after each call to Jira, so that a retry after a timeout, a
 * crash between the Jira call and the page write, or two people pressing the button at once never creates a second
 * issue for the same row.
 *
 * <p>Claims are fenced: each grant carries an attempt number, and every later transition of that claim names it and
 * is a compare-and-set in the store. A press whose claim was taken over (it looked stale) can no longer renew,
 * fail or release it, so it never sends its create.
 */
public interface CreationLedger {

    /**
     * Claims a row for creation. At most one claim per row can be open at a time, across the cluster: the store
     * enforces it (a unique row key and compare-and-set writes), not a lock in memory.
     */
    Claim claim(RowRef row, Instant now);

    /**
     * Takes over the open claim {@code attempt} whose last renewal is at or before {@code staleBefore}: granted as
     * attempt + 1 to exactly one caller, and only if the holder has not renewed it since.
     */
    Claim takeOver(RowRef row, int attempt, Instant staleBefore, Instant now);

    /**
     * The holder of {@code attempt} is about to send the create: staleness counts from now.
     *
     * @return false when the claim is no longer this attempt's (taken over, settled): the caller must not create
     */
    boolean renew(RowRef row, int attempt, Instant now);

    /**
     * The issue exists in Jira: remember its key. Recorded unless the row already has a key: an issue that exists
     * outranks any open claim, even a newer attempt's (whose renewal then fails, so it creates nothing).
     *
     * @return the key the row has now: {@code key}, or the one recorded before
     */
    IssueKey created(RowRef row, IssueKey key, Instant now);

    /**
     * The attempt failed without creating anything in Jira: release the row so a later press can try again.
     *
     * @return false when the claim was no longer this attempt's (nothing changed)
     */
    boolean failed(RowRef row, int attempt, String reason, Instant now);

    /** The key is now in the page too. Only a row that has this very key is settled. */
    void writtenBack(RowRef row, IssueKey key, Instant now);

    /**
     * Someone chose to keep the issue out of the page (its row changed or went away): the entry stays as the record
     * of why the issue exists, and no longer asks to be placed.
     *
     * @return false when the row did not have this key
     */
    boolean released(RowRef row, IssueKey key, Instant now);

    /**
     * Jira no longer has the issue this row's entry names (deleted, moved out of reach), and someone unlinked the
     * row from it: the entry becomes a failed attempt without a key, so the row's next press creates its issue.
     *
     * @return false when the row's entry does not name this key (nothing changed)
     */
    boolean forgotten(RowRef row, IssueKey key, String reason, Instant now);

    Optional<Creation> of(RowRef row);

    /** Rows of the page whose creation is open or whose key is not yet in the page. */
    List<Creation> unfinished(long pageId);

    /** Every entry of the page, in the order they were last written. */
    List<Creation> all(long pageId);

    /** The outcome of {@link #claim} and {@link #takeOver}. */
    sealed interface Claim {
        /** This caller may create the issue now. {@code attempt} counts from 1 and fences every later step. */
        record Granted(int attempt) implements Claim {
        }

        /**
         * Someone else claimed the row and has not finished, or an earlier attempt ended without an answer from
         * Jira (it may have created the issue): the caller must look the row up in Jira by its label first.
         *
         * @param since   the claim's last renewal (or failure)
         * @param attempt the attempt holding it, for {@link #takeOver}
         */
        record Uncertain(Instant since, int attempt) implements Claim {
        }

        /** The issue already exists. */
        record Done(IssueKey key) implements Claim {
        }
    }

    /** One row's creation record. */
    record Creation(RowRef row, State state, IssueKey key, int attempts, String lastError, Instant updated) {
        /** Whether Jira has an issue for this entry that the page should show. */
        public boolean hasIssue() {
            return key != null && (state == State.CREATED || state == State.WRITTEN_BACK);
        }
    }

    enum State {
        /** Claimed; the Jira call may be under way or may have been interrupted. */
        CLAIMED,
        /** The last attempt failed cleanly; free to try again. */
        FAILED,
        /** Created in Jira; the key is known but not yet in the page. */
        CREATED,
        /** Created and written back into the page. */
        WRITTEN_BACK,
        /** Created, and kept out of the page on purpose: its row changed or went away. */
        RELEASED
    }
}
