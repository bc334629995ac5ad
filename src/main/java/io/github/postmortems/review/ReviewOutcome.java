package io.github.postmortems.review;

import java.util.List;
import java.util.Locale;

/** What asking a review to take a step gave: the step taken (and whom to tell, each once), or why not. */
public sealed interface ReviewOutcome {

    /**
     * @param tell   user keys to tell about the step, each once, never the person who took it
     */
    record Moved(Review review, Decision decision, List<String> tell) implements ReviewOutcome {
        public Moved {
            tell = List.copyOf(tell);
        }
    }

    record Refused(Refusal reason) implements ReviewOutcome {
    }

    enum Refusal {
        NOT_AN_EDITOR, NOT_AN_APPROVER, WRONG_STATUS, ALREADY_APPROVED, NO_REVIEWERS, TOO_MANY_REVIEWERS,
        COMMENT_REQUIRED, COMMENT_TOO_LONG;

        /** The message, in the person's language, saying why the step was not taken. */
        public String i18nKey() {
            return "postmortems.review.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
