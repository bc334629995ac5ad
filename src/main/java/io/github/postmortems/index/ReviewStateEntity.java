package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Where each postmortem's review stands, table {@code AO_<hash>_REVIEW_STATE}, one row per page: status, round, who
 * asked whom, how many steps were recorded, the page version the last step wrote, and the snapshot taken at approval.
 */
@Table("REVIEW_STATE")
public interface ReviewStateEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String REVIEW_STATUS = "REVIEW_STATUS";
    String REVIEW_ROUND = "REVIEW_ROUND";
    String REQUESTED_BY = "REQUESTED_BY";
    String REVIEWERS = "REVIEWERS";
    String STEPS = "STEPS";
    String WRITTEN_VERSION = "WRITTEN_VERSION";
    String SNAPSHOT = "SNAPSHOT";

    @NotNull
    @Unique
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(Limits.ENUM)
    String getReviewStatus();

    void setReviewStatus(String reviewStatus);

    @NotNull
    int getReviewRound();

    void setReviewRound(int reviewRound);

    @StringLength(Limits.NAME)
    String getRequestedBy();

    void setRequestedBy(String requestedBy);

    /** User keys, one a line: at most 20 of them. */
    @StringLength(StringLength.UNLIMITED)
    String getReviewers();

    void setReviewers(String reviewers);

    @NotNull
    int getSteps();

    void setSteps(int steps);

    @NotNull
    int getWrittenVersion();

    void setWrittenVersion(int writtenVersion);

    /** JSON, bounded by {@link io.github.postmortems.review.ApprovalSnapshot}. */
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String snapshot);
}
