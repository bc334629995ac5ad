package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One step of a postmortem's review, table {@code AO_<hash>_REVIEW_DECISION}: the audit record beside the page's
 * Approvals row. The unique step key (page id and step number) lets only one of two steps taken at once be the
 * page's next: the second insert fails in the database, and its step is decided again.
 */
@Table("REVIEW_DECISION")
public interface ReviewDecisionEntity extends Entity {

    String STEP_KEY = "STEP_KEY";
    String PAGE_ID = "PAGE_ID";
    String STEP_NUMBER = "STEP_NUMBER";
    String REVIEW_ROUND = "REVIEW_ROUND";
    String STEP_KIND = "STEP_KIND";
    String USER_KEY = "USER_KEY";
    String AT_MILLIS = "AT_MILLIS";
    String PAGE_VERSION = "PAGE_VERSION";
    String NOTE_TEXT = "NOTE_TEXT";

    /** {@code <page id>:<step number>}. */
    @NotNull
    @Unique
    @StringLength(Limits.CLAIM_KEY)
    String getStepKey();

    void setStepKey(String stepKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    int getStepNumber();

    void setStepNumber(int stepNumber);

    @NotNull
    int getReviewRound();

    void setReviewRound(int reviewRound);

    @NotNull
    @StringLength(Limits.ENUM)
    String getStepKind();

    void setStepKind(String stepKind);

    @NotNull
    @StringLength(Limits.NAME)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getAtMillis();

    void setAtMillis(long atMillis);

    @NotNull
    int getPageVersion();

    void setPageVersion(int pageVersion);

    /** Up to 2,000 characters: beyond what a bounded string column holds everywhere. */
    @StringLength(StringLength.UNLIMITED)
    String getNoteText();

    void setNoteText(String noteText);
}
