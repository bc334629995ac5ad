package io.github.postmortems.review;

import java.util.List;

/** A step someone asks a postmortem's review to take, with what they typed. */
public sealed interface ReviewStep {

    Decision.Kind kind();

    /** @param reviewers user keys of the people asked */
    record RequestReview(List<String> reviewers) implements ReviewStep {
        public RequestReview {
            reviewers = List.copyOf(reviewers);
        }

        @Override
        public Decision.Kind kind() {
            return Decision.Kind.REVIEW_REQUESTED;
        }
    }

    record Approve(String comment) implements ReviewStep {
        @Override
        public Decision.Kind kind() {
            return Decision.Kind.APPROVED;
        }
    }

    record RequestChanges(String comment) implements ReviewStep {
        @Override
        public Decision.Kind kind() {
            return Decision.Kind.CHANGES_REQUESTED;
        }
    }

    record Publish() implements ReviewStep {
        @Override
        public Decision.Kind kind() {
            return Decision.Kind.PUBLISHED;
        }
    }
}
