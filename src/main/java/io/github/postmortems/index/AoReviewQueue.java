package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.digest.ReviewQueue;
import io.github.postmortems.digest.WaitingPostmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ReviewQueue} from what the index keeps today: the postmortems whose Status cell reads In review, with their
 * facilitator, one query on the status column. The index keeps no follow-up day yet, so none is past it here; once
 * the review records and the follow-up date are indexed (issue 16, items 2 and 7), a queue reading them replaces this.
 */
public final class AoReviewQueue implements ReviewQueue {

    private final ActiveObjects ao;

    public AoReviewQueue(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<WaitingPostmortem> waiting(LocalDate today, int limit) {
        return ao.executeInTransaction(() -> {
            PostmortemEntity[] rows = ao.find(PostmortemEntity.class, Query.select(
                            "ID, " + PostmortemEntity.PAGE_ID + ", " + PostmortemEntity.SPACE_KEY + ", "
                                    + PostmortemEntity.TITLE + ", FACILITATED_BY")
                    .where(PostmortemEntity.STATUS + " = ?", PostmortemStatus.IN_REVIEW.name())
                    .order(PostmortemEntity.PAGE_ID + " ASC")
                    .limit(limit));
            List<WaitingPostmortem> waiting = new ArrayList<>(rows.length);
            for (PostmortemEntity row : rows) {
                try {
                    waiting.add(new WaitingPostmortem(row.getPageId(), row.getSpaceKey(), row.getTitle(),
                            AoPostmortemIndex.person(row.getFacilitatedBy()),
                            WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null));
                } catch (RuntimeException unreadable) {
                    // A row this version cannot read (a blank title written by hand) is left out.
                }
            }
            return waiting;
        });
    }
}
