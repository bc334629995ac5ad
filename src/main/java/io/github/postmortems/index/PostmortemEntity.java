package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One postmortem page, table {@code AO_<hash>_POSTMORTEM}: {@link io.github.postmortems.report.PostmortemSummary} as
 * the list macro queries it. Never leaves this package: {@link AoPostmortemIndex} maps it inside the transaction.
 * <p>
 * Instants are epoch milliseconds and durations seconds (BIGINT), as in {@link TrackedIssueEntity}. Columns that may
 * be unknown are nullable; the {@code ..._ORDER} columns repeat them without nulls (unknown sorts last) because AO
 * rewrites every word of an ORDER BY as a column name, so {@code NULLS LAST} or a {@code CASE} cannot be written, and
 * databases disagree on where nulls sort. Tags are {@code |a|b|} so {@code LIKE '%|a|%'} finds one (labels have no
 * {@code |}). People are {@code key:…}, {@code user:…} or {@code name:…}.
 */
@Table("POSTMORTEM")
public interface PostmortemEntity extends Entity {

    /** Column names for queries; they follow from the getters below under Atlassian's naming rules. */
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String TITLE = "TITLE";
    String SEVERITY_CODE = "SEVERITY_CODE";
    String SEVERITY_RANK = "SEVERITY_RANK";
    String SEVERITY_ORDER = "SEVERITY_ORDER";
    String STATUS = "STATUS";
    String START_MILLIS = "START_MILLIS";
    String START_ORDER = "START_ORDER";
    String TTD_SECONDS = "TTD_SECONDS";
    String TTD_ORDER = "TTD_ORDER";
    String TTR_SECONDS = "TTR_SECONDS";
    String TTR_ORDER = "TTR_ORDER";
    String TAGS = "TAGS";
    String INDEXED_MILLIS = "INDEXED_MILLIS";
    String CM_TOTAL = "CM_TOTAL";
    String CM_OPEN = "CM_OPEN";
    String CM_DONE = "CM_DONE";
    String CM_OVERDUE = "CM_OVERDUE";
    String CM_DONE_IN_SLO = "CM_DONE_IN_SLO";
    String CM_OPEN_DUE = "CM_OPEN_DUE";
    String WRITE_SEQ = "WRITE_SEQ";
    String FOLLOW_UP_DAY = "FOLLOW_UP_DAY";
    String CM_UNSETTLED = "CM_UNSETTLED";

    /** Unique: one row per page. The constraint's index also serves lookups by page. */
    @NotNull
    @Unique
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(Limits.NAME)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(Limits.NAME)
    String getTitle();

    void setTitle(String title);

    @StringLength(Limits.NAME)
    String getSeverityCode();

    void setSeverityCode(String severityCode);

    Integer getSeverityRank();

    void setSeverityRank(Integer severityRank);

    /** The rank, or {@link AoPostmortemIndex#UNKNOWN_SEVERITY} (sorts after every rank). */
    @NotNull
    int getSeverityOrder();

    void setSeverityOrder(int severityOrder);

    /** {@link io.github.postmortems.postmortem.PostmortemStatus} constant name. */
    @NotNull
    @StringLength(Limits.ENUM)
    String getStatus();

    void setStatus(String status);

    Long getStartMillis();

    void setStartMillis(Long startMillis);

    /** The start, or {@link Long#MIN_VALUE} (last when sorted latest first). */
    @NotNull
    @Indexed
    long getStartOrder();

    void setStartOrder(long startOrder);

    Long getDetectMillis();

    void setDetectMillis(Long detectMillis);

    Long getEndMillis();

    void setEndMillis(Long endMillis);

    Long getTtdSeconds();

    void setTtdSeconds(Long ttdSeconds);

    /** Time to detect in seconds, or -1 (last when sorted longest first). */
    @NotNull
    long getTtdOrder();

    void setTtdOrder(long ttdOrder);

    Long getTtrSeconds();

    void setTtrSeconds(Long ttrSeconds);

    /** Time to resolve in seconds, or -1 (last when sorted longest first). */
    @NotNull
    long getTtrOrder();

    void setTtrOrder(long ttrOrder);

    /** {@link java.time.ZoneId#getId()}. */
    @StringLength(Limits.ZONE)
    String getIncidentZone();

    void setIncidentZone(String incidentZone);

    @StringLength(Limits.NAME)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @StringLength(Limits.NAME)
    String getFacilitatedBy();

    void setFacilitatedBy(String facilitatedBy);

    @StringLength(Limits.NAME)
    String getContact();

    void setContact(String contact);

    @NotNull
    @StringLength(Limits.TAGS)
    String getTags();

    void setTags(String tags);

    @NotNull
    int getCmTotal();

    void setCmTotal(int cmTotal);

    @NotNull
    int getCmOpen();

    void setCmOpen(int cmOpen);

    @NotNull
    int getCmDone();

    void setCmDone(int cmDone);

    /**
     * Overdue on the day of indexing. Read only for rows indexed before {@link #getCmOpenDue()} existed; still
     * written, so that an older version reading this table counts as before.
     */
    @NotNull
    int getCmOverdue();

    void setCmOverdue(int cmOverdue);

    @NotNull
    int getCmDoneInSlo();

    void setCmDoneInSlo(int cmDoneInSlo);

    /**
     * The open countermeasures' due days ({@link OpenDueColumn}), judged against the reader's day. Null in rows
     * indexed before this column was added by Active Objects' schema upgrade: their {@link #getCmOverdue()} stands
     * until the page is indexed again.
     */
    @StringLength(Limits.DUE_DAYS)
    String getCmOpenDue();

    void setCmOpenDue(String cmOpenDue);

    @NotNull
    long getIndexedMillis();

    void setIndexedMillis(long indexedMillis);

    /**
     * The number of the write that left this row ({@link ListGenerationEntity#getWrites()}): a list finds the pages
     * written since it last checked them on this column's index. Null in rows written before the column was added by
     * Active Objects' schema upgrade: written before any check this version remembers.
     */
    @Indexed
    Long getWriteSeq();

    void setWriteSeq(Long writeSeq);

    /**
     * The follow-up review day the page names, as {@link java.time.LocalDate#toEpochDay()}; null when it names none,
     * and in rows written before the column was added (issue 16) until the page is indexed again.
     */
    Long getFollowUpDay();

    void setFollowUpDay(Long followUpDay);

    /**
     * Countermeasures neither verified effective nor declined (issue 16): {@code CM_TOTAL} less the verified ones,
     * kept as such because a query can compare a column with a value, not with another column. Null in rows written
     * before the column was added: read as none verified until the page is indexed again.
     */
    Integer getCmUnsettled();

    void setCmUnsettled(Integer cmUnsettled);
}
