package io.github.postmortems.review;

import io.github.postmortems.postmortem.Text;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of a review as the page's Approvals table and the audit record keep it: what was done, by whom, when, on
 * which page version, in which review round, with what comment ("" when none).
 */
public record Decision(Kind kind, String userKey, Instant at, int pageVersion, int round, String comment) {

    /** Bounds a comment typed in a dialog; the page and the notification carry it whole. */
    public static final int MAX_COMMENT = 2_000;

    public enum Kind {
        REVIEW_REQUESTED, APPROVED, CHANGES_REQUESTED, WITHDRAWN, PUBLISHED;

        public String i18nKey() {
            return "postmortems.review.decision." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        userKey = Text.requireNonBlank(userKey, "userKey");
        Objects.requireNonNull(at, "at");
        if (pageVersion < 1 || round < 1) {
            throw new IllegalArgumentException("versions and rounds start at 1");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment longer than " + MAX_COMMENT);
        }
    }
}
