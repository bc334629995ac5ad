package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.digest.ReviewQueue;
import io.github.postmortems.digest.WaitingPostmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ReviewQueue} from the index, one query on each column it needs: the postmortems whose Status cell reads In
 * review (approvers have something to read), then those whose follow-up day has come while countermeasures still wait
 * to be verified or declined (the rule of the list's "follow-up due" filter), each with its facilitator.
 */
public final class AoReviewQueue implements ReviewQueue {

    private static final Logger LOG = LoggerFactory.getLogger(AoReviewQueue.class);
    private static final String COLUMNS = "ID, " + PostmortemEntity.PAGE_ID + ", " + PostmortemEntity.SPACE_KEY + ", "
            + PostmortemEntity.TITLE + ", FACILITATED_BY, " + PostmortemEntity.FOLLOW_UP_DAY;

    private final ActiveObjects ao;

    public AoReviewQueue(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<WaitingPostmortem> waiting(LocalDate today, int limit) {
        return ao.executeInTransaction(() -> {
            List<WaitingPostmortem> waiting = new ArrayList<>();
            add(waiting, ao.find(PostmortemEntity.class, Query.select(COLUMNS)
                    .where(PostmortemEntity.STATUS + " = ?", PostmortemStatus.IN_REVIEW.name())
                    .order(PostmortemEntity.PAGE_ID + " ASC")
                    .limit(limit)), WaitingPostmortem.Reason.WAITING_FOR_REVIEW);
            if (waiting.size() < limit) {
                // As the list's filter reads a row: one indexed before CM_UNSETTLED was kept has none settled.
                add(waiting, ao.find(PostmortemEntity.class, Query.select(COLUMNS)
                        .where(PostmortemEntity.FOLLOW_UP_DAY + " <= ? AND (" + PostmortemEntity.CM_UNSETTLED
                                        + " IS NULL AND " + PostmortemEntity.CM_TOTAL + " > ? OR "
                                        + PostmortemEntity.CM_UNSETTLED + " > ?)",
                                today.toEpochDay(), 0, 0)
                        .order(PostmortemEntity.PAGE_ID + " ASC")
                        .limit(limit - waiting.size())), WaitingPostmortem.Reason.FOLLOW_UP_PAST);
            }
            return waiting;
        });
    }

    private static void add(List<WaitingPostmortem> waiting, PostmortemEntity[] rows, WaitingPostmortem.Reason reason) {
        for (PostmortemEntity row : rows) {
            try {
                LocalDate followUp = reason == WaitingPostmortem.Reason.FOLLOW_UP_PAST
                        ? LocalDate.ofEpochDay(row.getFollowUpDay()) : null;
                waiting.add(new WaitingPostmortem(row.getPageId(), row.getSpaceKey(), row.getTitle(),
                        AoPostmortemIndex.person(row.getFacilitatedBy()), reason, followUp));
            } catch (RuntimeException unreadable) {
                // A row this version cannot read (a blank title written by hand) costs its page, not the digest.
                LOG.warn("Postmortem index row of page {} left out of the digest: {}", row.getPageId(),
                        unreadable.getMessage());
            }
        }
    }
}
