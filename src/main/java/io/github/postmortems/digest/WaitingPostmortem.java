package io.github.postmortems.digest;

import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A postmortem that needs its facilitator's or approvers' attention.
 *
 * @param facilitator who facilitated it; null when the page names nobody
 * @param followUp    for {@link Reason#FOLLOW_UP_PAST}, the follow-up day that has passed; null otherwise
 */
public record WaitingPostmortem(long pageId, String spaceKey, String pageTitle, UserRef facilitator, Reason reason,
                                LocalDate followUp) {

    /** Why it is in the digest. */
    public enum Reason {
        /** Its status is In review: approvers have something to read. */
        WAITING_FOR_REVIEW,
        /** Its follow-up review day has passed. */
        FOLLOW_UP_PAST
    }

    public WaitingPostmortem {
        Objects.requireNonNull(spaceKey, "spaceKey");
        pageTitle = Text.requireNonBlank(pageTitle, "pageTitle");
        Objects.requireNonNull(reason, "reason");
        if (reason == Reason.FOLLOW_UP_PAST && followUp == null) {
            throw new IllegalArgumentException("a follow-up past needs its day");
        }
    }
}
