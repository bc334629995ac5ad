package io.github.postmortems.review;

import io.github.postmortems.countermeasure.Countermeasure;

import java.util.Locale;
import java.util.Optional;

/**
 * A countermeasure's life beyond Jira's Done: proposed (agreed on the page), committed (a Jira issue tracks it),
 * done (Jira says done, or the page ticks it when nothing tracks it), verified effective, or won't do.
 */
public enum CountermeasureState {
    PROPOSED, COMMITTED, DONE, VERIFIED, WONT_DO;

    /**
     * The state of {@code countermeasure} given what Jira says of its issue ({@code jiraDone}, empty when unknown or
     * untracked) and what people said of it. "Won't do" stands whatever Jira says; "verified" stands only while the
     * work is done (an issue reopened since is committed again, and {@link #verificationStale} says so).
     */
    public static CountermeasureState of(Countermeasure countermeasure, Optional<Boolean> jiraDone,
                                         Optional<Verification> said) {
        if (said.isPresent() && said.get().kind() == Verification.Kind.WONT_DO) {
            return WONT_DO;
        }
        CountermeasureState work = countermeasure.jiraKey() == null
                ? countermeasure.ticked() ? DONE : PROPOSED
                : jiraDone.orElse(false) ? DONE : COMMITTED;
        return work == DONE && said.isPresent() ? VERIFIED : work;
    }

    /** Someone verified it, but the work is no longer done (its issue was reopened): ask again. */
    public static boolean verificationStale(CountermeasureState state, Optional<Verification> said) {
        return said.isPresent() && said.get().kind() == Verification.Kind.VERIFIED && state != VERIFIED;
    }

    /** Whether an editor may now say "verified effective": only of done work. */
    public boolean mayVerify() {
        return this == DONE;
    }

    /** Whether an editor may now say "won't do": of work not yet done. */
    public boolean mayDecline() {
        return this == PROPOSED || this == COMMITTED;
    }

    /** Closed for good: nobody needs to act on it any more. */
    public boolean settled() {
        return this == VERIFIED || this == WONT_DO;
    }

    public String i18nKey() {
        return "postmortems.countermeasure.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
