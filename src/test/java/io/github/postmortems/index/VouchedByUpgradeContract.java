package io.github.postmortems.index;

import io.github.postmortems.index.testing.EntityManagerActiveObjects;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Upgrading a site whose tracked issues table predates VOUCHED_BY: AO adds the column, the old rows read as nobody
 * vouched (shown as bare keys, not polled) until their page is indexed again. One subclass per database.
 */
abstract class VouchedByUpgradeContract {

    abstract TestDatabase database();

    @Test
    void rowsFromBeforeTheColumnReadAsUnvouchedAndCanBeVouchedForAfterTheUpgrade() throws Exception {
        EntityManager entityManager = database().separateNamespace("upgrade-" + UUID.randomUUID());
        entityManager.migrate(TrackedIssueBeforeVouching.class);
        entityManager.create(TrackedIssueBeforeVouching.class,
                new DBParam(TrackedIssueEntity.ISSUE_KEY, "SEC-1"), new DBParam(TrackedIssueEntity.PAGE_ID, 42L),
                new DBParam(TrackedIssueEntity.ROW_KEY, new RowRef(42, "abcd1234").asKey()),
                new DBParam(TrackedIssueEntity.STATUS_CATEGORY, "DONE"));

        entityManager.migrate(TrackedIssueEntity.class);
        AoTrackedIssues issues = new AoTrackedIssues(new EntityManagerActiveObjects(entityManager));

        IssueKey key = IssueKey.parse("SEC-1").orElseThrow();
        assertEquals(Optional.of(false), issues.byKey(key).map(TrackedIssue::vouched));
        List<IssueKey> polled = new ArrayList<>();
        issues.forEachBatchOfKeys(10, polled::addAll);
        assertEquals(List.of(), polled);

        issues.save(TrackedIssue.vouched(new RowRef(42, "abcd1234"), key, TrackedIssue.byUser("8a7f0001")));
        assertEquals(Optional.of("user:8a7f0001"), issues.byKey(key).map(TrackedIssue::vouchedBy));
    }

    /** The table as the released version created it: {@link TrackedIssueEntity} without VOUCHED_BY. */
    @Table("TRACKED_ISSUE")
    public interface TrackedIssueBeforeVouching extends Entity {
        @NotNull
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        @StringLength(Limits.ROW_KEY)
        String getRowKey();

        void setRowKey(String rowKey);

        @NotNull
        @Unique
        @StringLength(Limits.ISSUE_KEY)
        String getIssueKey();

        void setIssueKey(String issueKey);

        @StringLength(Limits.NAME)
        String getStatusName();

        void setStatusName(String statusName);

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
    }
}
