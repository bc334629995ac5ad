package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One tracked Jira issue, table {@code AO_<hash>_TRACKED_ISSUE}. Never leaves this package: {@link AoTrackedIssues}
 * maps it to {@link io.github.postmortems.jira.TrackedIssue} inside the transaction.
 * <p>
 * Times are epoch milliseconds (BIGINT): a TIMESTAMP column would go through each node's JVM time zone and lose the
 * repeated hour when clocks go back. The due date is the ISO date text {@code yyyy-MM-dd}: a calendar day has no
 * time zone, and the text reads and sorts the same on every database.
 */
@Table("TRACKED_ISSUE")
public interface TrackedIssueEntity extends Entity {

    /** Column names for queries; they follow from the getters below under Atlassian's naming rules. */
    String PAGE_ID = "PAGE_ID";
    String ROW_KEY = "ROW_KEY";
    String ISSUE_KEY = "ISSUE_KEY";
    String STATUS_CATEGORY = "STATUS_CATEGORY";
    String VOUCHED_BY = "VOUCHED_BY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** {@link io.github.postmortems.jira.RowRef#asKey()}. */
    @NotNull
    @StringLength(Limits.ROW_KEY)
    String getRowKey();

    void setRowKey(String rowKey);

    /** Unique: one record per issue. The constraint's index also serves lookups by key. */
    @NotNull
    @Unique
    @StringLength(Limits.ISSUE_KEY)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @StringLength(Limits.NAME)
    String getStatusName();

    void setStatusName(String statusName);

    /** {@link io.github.postmortems.jira.StatusCategory} constant name. */
    @NotNull
    @StringLength(Limits.ENUM)
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    @StringLength(Limits.NAME)
    String getAssigneeUsername();

    void setAssigneeUsername(String assigneeUsername);

    @StringLength(Limits.NAME)
    String getAssigneeName();

    void setAssigneeName(String assigneeName);

    /** ISO date {@code yyyy-MM-dd}; null when Jira has no due date. */
    @StringLength(Limits.ISO_DATE)
    String getDueDate();

    void setDueDate(String dueDate);

    Long getResolvedAtMillis();

    void setResolvedAtMillis(Long resolvedAtMillis);

    Long getLastSyncedMillis();

    void setLastSyncedMillis(Long lastSyncedMillis);

    @StringLength(Limits.ERROR)
    String getLastError();

    void setLastError(String lastError);

    /**
     * {@link io.github.postmortems.jira.TrackedIssue#vouchedBy()}: who or what vouched that the page may show this
     * issue's Jira side; null for a record from before this column (shown as a bare key until the page is indexed).
     */
    @StringLength(Limits.NAME)
    String getVouchedBy();

    void setVouchedBy(String vouchedBy);
}
