package io.github.postmortems.jira;

import java.util.List;
import java.util.Objects;

/** The answer to "which Jira user is this owner": found (and how), nobody, or several people sharing the e-mail. */
public sealed interface UserLookup {

    enum Matched { BY_USERNAME, BY_EMAIL }

    record Found(JiraUser user, Matched how) implements UserLookup {
        public Found {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(how, "how");
        }
    }

    record NotFound() implements UserLookup {
    }

    /** More than one active Jira user has the e-mail: assigning to any of them would be a guess. */
    record Ambiguous(List<JiraUser> candidates) implements UserLookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("Ambiguous means two or more candidates: " + candidates);
            }
        }
    }
}
