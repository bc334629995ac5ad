package io.github.postmortems.automation;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;

/**
 * Which page is the postmortem of an incident in a space: the guard that keeps two calls (on one node or two) from
 * both creating one. One entry per space and incident key; a claim is granted to one caller only, because the
 * database refuses a second entry for the same pair and every change is a compare-and-set on what was read.
 */
public interface IncidentPages {

    /** What a caller may do about a space and incident. */
    sealed interface Claim {

        /** Create the page, then report it with {@link #created} (or give up with {@link #released}). */
        record Granted(Instant claimedAt) implements Claim {
        }

        /** The incident already has this page (which may since have been trashed or purged). */
        record Existing(long pageId) implements Claim {
        }

        /** Another call is creating the page right now, since {@code claimedAt}. */
        record InProgress(Instant claimedAt) implements Claim {
        }
    }

    /**
     * Claims the incident in the space. A claim older than {@code staleBefore} that never got its page (its node
     * went down mid-way) is taken over.
     */
    Claim claim(String spaceKey, IssueKey incident, Instant staleBefore, Instant now);

    /** Claims again an incident whose page {@code goneId} no longer exists; of two such calls only one is granted. */
    Claim replace(String spaceKey, IssueKey incident, long goneId, Instant now);

    /** Records the page of a granted claim. */
    void created(String spaceKey, IssueKey incident, Instant claimedAt, long pageId);

    /** Drops a granted claim whose page was not created, so a later call may try again. */
    void released(String spaceKey, IssueKey incident, Instant claimedAt);
}
