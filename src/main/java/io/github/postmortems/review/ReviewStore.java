package io.github.postmortems.review;

import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Where each page's review is kept: its state, every decision in order, the version the app last wrote and the
 * snapshot taken at approval. A step is recorded only if no other step was recorded since it was read, so two
 * approvers acting at once cannot lose an approval or write the page twice for one step.
 */
public interface ReviewStore {

    /** The page's review as recorded; a draft nobody has asked to review when nothing is. */
    Stored load(long pageId);

    /**
     * Records {@code decision} as the step after the {@code seen} one and {@code next} as the page's review, with
     * {@code write} (the page write) inside the same transaction: when the write fails nothing is recorded.
     *
     * @param snapshot the approval's snapshot (JSON), kept until the next one; empty keeps the one kept
     * @param write    writes the page and answers the version written
     * @return the version written
     * @throws ReviewConflict when another step was recorded after {@code seen} (read again and retry)
     */
    int record(long pageId, Stored seen, Review next, Decision decision, Optional<String> snapshot,
               IntSupplier write);

    /**
     * @param sequence       how many steps were recorded (the next one is {@code sequence + 1})
     * @param writtenVersion the page version the app's last step wrote (0 before any)
     * @param snapshot       the countermeasures and numbers as approved (JSON), "" before the first approval
     */
    record Stored(Review review, int sequence, int writtenVersion, String snapshot) {

        public static Stored none() {
            return new Stored(Review.draft(), 0, 0, "");
        }

        /** Whether a person changed the page after the app's last step wrote it, while approved or published. */
        public boolean changedSinceApproval(int currentVersion) {
            return review.approval().isPresent() && currentVersion > writtenVersion;
        }
    }

    /** Another step was recorded first. */
    final class ReviewConflict extends RuntimeException {
        public ReviewConflict(long pageId) {
            super("another review step on page " + pageId + " was recorded first");
        }
    }
}
