package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row's Jira issue creation, table {@code AO_<hash>_ISSUE_CREATION}: the ledger behind
 * {@link io.github.postmortems.jira.CreationLedger}. The unique row key is what keeps two nodes from both claiming a
 * row: the second insert fails in the database. Entries change by compare-and-set: a delete conditioned on the state,
 * attempt and time the writer read (of two, only one deletes a row), then an insert, in one transaction. Times are epoch milliseconds, as in {@link TrackedIssueEntity}.
 */
@Table("ISSUE_CREATION")
public interface IssueCreationEntity extends Entity {

    /** Column names for queries; they follow from the getters below under Atlassian's naming rules. */
    String ROW_KEY = "ROW_KEY";
    String PAGE_ID = "PAGE_ID";
    String STATE = "STATE";
    String ATTEMPTS = "ATTEMPTS";
    String UPDATED_MILLIS = "UPDATED_MILLIS";
    String ISSUE_KEY = "ISSUE_KEY";
    String LAST_ERROR = "LAST_ERROR";

    /** {@link io.github.postmortems.jira.RowRef#asKey()}; unique, and the constraint's index serves lookups. */
    @NotNull
    @Unique
    @StringLength(Limits.ROW_KEY)
    String getRowKey();

    void setRowKey(String rowKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** {@link io.github.postmortems.jira.CreationLedger.State} constant name. */
    @NotNull
    @StringLength(Limits.ENUM)
    String getState();

    void setState(String state);

    @StringLength(Limits.ISSUE_KEY)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    @StringLength(Limits.ERROR)
    String getLastError();

    void setLastError(String lastError);

    @NotNull
    long getUpdatedMillis();

    void setUpdatedMillis(long updatedMillis);
}
