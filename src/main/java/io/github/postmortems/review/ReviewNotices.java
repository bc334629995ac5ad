package io.github.postmortems.review;

import java.util.List;

/**
 * How the people a step concerns are told, through exactly one channel per step: either this sends the notices
 * itself (mail), and the Approvals row names the people told in plain text; or it sends nothing, and the row mentions
 * them, which Confluence notifies. Never both, so nobody is told twice for one step.
 */
public interface ReviewNotices {

    /** Nobody is sent anything here: the row's mentions tell them. */
    ReviewNotices MENTIONS = new ReviewNotices() {
        @Override
        public boolean sends() {
            return false;
        }

        @Override
        public String name(String userKey) {
            return userKey;
        }

        @Override
        public void tell(Notice notice) {
        }
    };

    /** Whether {@link #tell} sends the notices (asked once per step, before the page is written). */
    boolean sends();

    /** The person's name as the row shows it when they are told by {@link #tell}. */
    String name(String userKey);

    /** Tells each of the notice's people once; called once per step, after it was recorded. */
    void tell(Notice notice);

    /**
     * @param people user keys, each once, never the person who took the step
     * @param title  the page's title, for the subject
     */
    record Notice(long pageId, String title, Decision decision, ReviewOutcome.Moved moved, List<String> people) {
        public Notice {
            people = List.copyOf(people);
        }
    }
}
