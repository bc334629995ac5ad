package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.review.Decision;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * {@link ReviewStore} in Active Objects. Each call is one transaction and hands out records, never entities. A step
 * is recorded by inserting its decision under the unique key (page, step number) before anything else: of two steps
 * taken at once, the database lets one insert through and refuses the other, which then decides again. Call outside
 * any other transaction: on PostgreSQL a refused insert spoils the transaction it ran in.
 */
public final class AoReviews implements ReviewStore {

    private final ActiveObjects ao;

    public AoReviews(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Stored load(long pageId) {
        return ao.executeInTransaction(() -> read(pageId));
    }

    @Override
    public int record(long pageId, Stored seen, Review next, Decision decision, Optional<String> snapshot,
                      IntSupplier write) {
        int step = seen.sequence() + 1;
        boolean[] inserted = {false};
        try {
            return ao.executeInTransaction(() -> {
                insert(pageId, step, decision);
                inserted[0] = true;
                int version = write.getAsInt();
                ReviewStateEntity[] states = ao.find(ReviewStateEntity.class,
                        Query.select().where(ReviewStateEntity.PAGE_ID + " = ?", pageId));
                if (states.length == 0) {
                    ao.create(ReviewStateEntity.class, new DBParam(ReviewStateEntity.PAGE_ID, pageId),
                            new DBParam(ReviewStateEntity.REVIEW_STATUS, next.status().name()),
                            new DBParam(ReviewStateEntity.REVIEW_ROUND, next.round()),
                            new DBParam(ReviewStateEntity.REQUESTED_BY, next.requestedBy()),
                            new DBParam(ReviewStateEntity.REVIEWERS, String.join("\n", next.reviewers())),
                            new DBParam(ReviewStateEntity.STEPS, step),
                            new DBParam(ReviewStateEntity.WRITTEN_VERSION, version),
                            new DBParam(ReviewStateEntity.SNAPSHOT, snapshot.orElse("")));
                } else {
                    ReviewStateEntity state = states[0];
                    state.setReviewStatus(next.status().name());
                    state.setReviewRound(next.round());
                    state.setRequestedBy(next.requestedBy());
                    state.setReviewers(String.join("\n", next.reviewers()));
                    state.setSteps(step);
                    state.setWrittenVersion(version);
                    snapshot.ifPresent(state::setSnapshot);
                    state.save();
                }
                return version;
            });
        } catch (RuntimeException failed) {
            if (!inserted[0]) {
                // The step's key is taken, or being taken by a step not yet committed: decide again after it.
                ReviewConflict conflict = new ReviewConflict(pageId);
                conflict.addSuppressed(failed);
                throw conflict;
            }
            Stored now;
            try {
                now = load(pageId);
            } catch (RuntimeException unreadable) {
                unreadable.addSuppressed(failed);
                throw unreadable;
            }
            if (now.sequence() >= step) {
                throw new ReviewConflict(pageId);
            }
            throw failed;
        }
    }

    private void insert(long pageId, int step, Decision decision) {
        ao.create(ReviewDecisionEntity.class,
                new DBParam(ReviewDecisionEntity.STEP_KEY, pageId + ":" + step),
                new DBParam(ReviewDecisionEntity.PAGE_ID, pageId),
                new DBParam(ReviewDecisionEntity.STEP_NUMBER, step),
                new DBParam(ReviewDecisionEntity.REVIEW_ROUND, decision.round()),
                new DBParam(ReviewDecisionEntity.STEP_KIND, decision.kind().name()),
                new DBParam(ReviewDecisionEntity.USER_KEY, Limits.fit(decision.userKey(), Limits.NAME)),
                new DBParam(ReviewDecisionEntity.AT_MILLIS, decision.at().toEpochMilli()),
                new DBParam(ReviewDecisionEntity.PAGE_VERSION, decision.pageVersion()),
                new DBParam(ReviewDecisionEntity.NOTE_TEXT, decision.comment()));
    }

    private Stored read(long pageId) {
        ReviewStateEntity[] states = ao.find(ReviewStateEntity.class,
                Query.select().where(ReviewStateEntity.PAGE_ID + " = ?", pageId));
        if (states.length == 0) {
            return Stored.none();
        }
        ReviewStateEntity state = states[0];
        ReviewDecisionEntity[] rows = ao.find(ReviewDecisionEntity.class, Query.select()
                .where(ReviewDecisionEntity.PAGE_ID + " = ?", pageId)
                .order(ReviewDecisionEntity.STEP_NUMBER + " DESC").limit(Review.MAX_DECISIONS));
        List<Decision> decisions = new ArrayList<>();
        for (ReviewDecisionEntity row : rows) {
            decisions.add(new Decision(Decision.Kind.valueOf(row.getStepKind()), row.getUserKey(),
                    Instant.ofEpochMilli(row.getAtMillis()), row.getPageVersion(), row.getReviewRound(),
                    row.getNoteText()));
        }
        Collections.reverse(decisions);
        String reviewers = state.getReviewers();
        List<String> asked = reviewers == null || reviewers.isEmpty() ? List.of()
                : Arrays.asList(reviewers.split("\n"));
        Review review = new Review(PostmortemStatus.valueOf(state.getReviewStatus()), state.getReviewRound(),
                state.getRequestedBy(), asked, decisions);
        return new Stored(review, state.getSteps(), state.getWrittenVersion(),
                state.getSnapshot() == null ? "" : state.getSnapshot());
    }
}
