package io.github.postmortems.index;

import io.github.postmortems.index.testing.EntityManagerActiveObjects;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.report.CountermeasureCounts;
import io.github.postmortems.report.DueDates;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.wording.WordingReport;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Upgrading a site whose postmortem index predates CM_OPEN_DUE: AO adds the column, the old rows keep the overdue count
 * of their day of indexing (in the tiles, rows and export) until their page is indexed again, which stores due days.
 * One subclass per database.
 */
abstract class OpenDueUpgradeContract {

    private static final Instant INDEXED = Instant.parse("2024-06-01T08:00:00Z");

    abstract TestDatabase database();

    @Test
    void rowsFromBeforeTheColumnKeepTheirCountOfIndexingUntilReindexed() throws Exception {
        EntityManager entityManager = database().separateNamespace("upgrade-" + UUID.randomUUID());
        entityManager.migrate(PostmortemBeforeDueDays.class);
        entityManager.create(PostmortemBeforeDueDays.class,
                new DBParam(PostmortemEntity.PAGE_ID, 42L), new DBParam(PostmortemEntity.SPACE_KEY, "OPS"),
                new DBParam(PostmortemEntity.TITLE, "Old"),
                new DBParam(PostmortemEntity.SEVERITY_ORDER, AoPostmortemIndex.UNKNOWN_SEVERITY),
                new DBParam(PostmortemEntity.STATUS, "PUBLISHED"),
                new DBParam(PostmortemEntity.START_ORDER, Long.MIN_VALUE),
                new DBParam(PostmortemEntity.TTD_ORDER, -1L), new DBParam(PostmortemEntity.TTR_ORDER, -1L),
                new DBParam(PostmortemEntity.TAGS, "|"), new DBParam(PostmortemEntity.CM_TOTAL, 3),
                new DBParam(PostmortemEntity.CM_OPEN, 2), new DBParam(PostmortemEntity.CM_DONE, 1),
                new DBParam(PostmortemEntity.CM_OVERDUE, 1), new DBParam(PostmortemEntity.CM_DONE_IN_SLO, 0),
                new DBParam(PostmortemEntity.INDEXED_MILLIS, INDEXED.toEpochMilli()));

        // The upgraded plugin migrates every entity of its <ao> module, new tables included.
        entityManager.migrate(PostmortemEntity.class, ListGenerationEntity.class, WordingHintEntity.class,
                DraftedRowEntity.class, IncidentPageEntity.class, OwnerDueEntity.class, ReviewDecisionEntity.class,
                ReviewStateEntity.class);
        AoPostmortemIndex index = new AoPostmortemIndex(new EntityManagerActiveObjects(entityManager));
        LocalDate muchLater = LocalDate.of(2030, 1, 1);

        assertAll(
                () -> assertEquals(WordingReport.NONE,
                        new AoWordingStore(new EntityManagerActiveObjects(entityManager)).byPage(42),
                        "the wording table comes with the upgrade, empty until the page is indexed again"),
                () -> assertEquals(DueDates.countedWhenIndexed(1),
                        index.byPage(42).orElseThrow().countermeasures().openDue()),
                () -> assertEquals(1, index.statistics(Selection.all(), muchLater, 12, ZoneOffset.UTC)
                        .overdueCountermeasures()));

        index.upsert(new PostmortemSummary(42, "OPS", "Old", null, null, PostmortemStatus.PUBLISHED, null, null, null,
                null, null, null, null, null, null, Tags.NONE, new CountermeasureCounts(3, 2, 1, 0,
                DueDates.of(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 7, 1)))), INDEXED));
        assertEquals(2, index.statistics(Selection.all(), muchLater, 12, ZoneOffset.UTC).overdueCountermeasures(),
                "reindexed: judged on the reader's day");
    }

    /** The table as the released version created it: {@link PostmortemEntity} without CM_OPEN_DUE. */
    @Table("POSTMORTEM")
    public interface PostmortemBeforeDueDays extends Entity {

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

        @NotNull
        int getSeverityOrder();

        void setSeverityOrder(int severityOrder);

        @NotNull
        @StringLength(Limits.ENUM)
        String getStatus();

        void setStatus(String status);

        Long getStartMillis();

        void setStartMillis(Long startMillis);

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

        @NotNull
        long getTtdOrder();

        void setTtdOrder(long ttdOrder);

        Long getTtrSeconds();

        void setTtrSeconds(Long ttrSeconds);

        @NotNull
        long getTtrOrder();

        void setTtrOrder(long ttrOrder);

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

        @NotNull
        int getCmOverdue();

        void setCmOverdue(int cmOverdue);

        @NotNull
        int getCmDoneInSlo();

        void setCmDoneInSlo(int cmDoneInSlo);

        @NotNull
        long getIndexedMillis();

        void setIndexedMillis(long indexedMillis);
    }
}
