package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.digest.DueCountermeasure;
import io.github.postmortems.digest.WaitingPostmortem;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AoOwnerDues} and {@link AoReviewQueue} on a real database; one subclass per database. */
abstract class OwnerDuesContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

    private ActiveObjects ao;
    private AoOwnerDues dues;

    abstract TestDatabase database();

    @BeforeEach
    void emptyStore() {
        ao = database().emptied();
        dues = new AoOwnerDues(ao);
    }

    private static DueCountermeasure due(long page, int row, UserRef owner, LocalDate day) {
        return new DueCountermeasure(page, "OPS", "Postmortem \u00e9 " + page, row, "Fix \u201cit\u201d " + row, owner,
                day, row % 2 == 0 ? "OPS-" + row : null);
    }

    @Test
    void keepsEveryFieldAndAnswersThoseDueByADayEarliestFirst() {
        DueCountermeasure late = due(1, 1, new UserRef.ByKey("8a7f0001"), DAY.minusDays(30));
        DueCountermeasure soon = due(1, 2, new UserRef.ByUsername("bea"), DAY.plusDays(7));
        DueCountermeasure later = due(2, 1, new UserRef.ByKey("8a7f0001"), DAY.plusDays(8));
        DueCountermeasure today = due(2, 2, new UserRef.ByKey("8a7f0002"), DAY);
        dues.replace(1, List.of(soon, late));
        dues.replace(2, List.of(later, today));

        assertEquals(List.of(late, today, soon), dues.dueBy(DAY.plusDays(7), 100));
    }

    @Test
    void answersAtMostTheLimitAcrossYearsAsTheCalendarOrdersThem() {
        dues.replace(1, List.of(due(1, 1, new UserRef.ByKey("a"), LocalDate.of(2027, 1, 2)),
                due(1, 2, new UserRef.ByKey("a"), LocalDate.of(2026, 12, 31)),
                due(1, 3, new UserRef.ByKey("a"), LocalDate.of(2026, 2, 1))));

        assertEquals(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)),
                dues.dueBy(LocalDate.of(2027, 12, 31), 2).stream().map(DueCountermeasure::due).toList());
    }

    @Test
    void replacingLeavesOnlyThePagesNewRowsAndRemovingLeavesNone() {
        dues.replace(1, List.of(due(1, 1, new UserRef.ByKey("a"), DAY), due(1, 2, new UserRef.ByKey("b"), DAY)));
        dues.replace(2, List.of(due(2, 1, new UserRef.ByKey("c"), DAY)));
        DueCountermeasure kept = due(1, 3, new UserRef.ByKey("d"), DAY);

        dues.replace(1, List.of(kept));
        assertEquals(List.of(kept, due(2, 1, new UserRef.ByKey("c"), DAY)), dues.dueBy(DAY, 100));

        dues.remove(2);
        dues.replace(1, List.of());
        assertEquals(List.of(), dues.dueBy(DAY, 100));
    }

    @Test
    void twoTablesWithTheSameRowNumbersOnOnePageAreBothKept() {
        DueCountermeasure first = due(1, 1, new UserRef.ByKey("a"), DAY);
        DueCountermeasure second = due(1, 1, new UserRef.ByKey("b"), DAY.plusDays(1));

        dues.replace(1, List.of(first, second));

        assertEquals(List.of(first, second), dues.dueBy(DAY.plusDays(1), 100));
    }

    @Test
    void aPageKeepsAtMostItsBoundAndAnOverlongOwnerIsNotKeptCut() {
        List<DueCountermeasure> many = new ArrayList<>();
        many.add(due(1, 1, new UserRef.ByKey("k".repeat(400)), DAY));
        for (int row = 1; row <= AoOwnerDues.MAX_PER_PAGE + 5; row++) {
            many.add(due(1, row, new UserRef.ByKey("a"), DAY));
        }

        dues.replace(1, many);

        List<DueCountermeasure> kept = dues.dueBy(DAY, 10_000);
        assertAll(
                () -> assertEquals(AoOwnerDues.MAX_PER_PAGE, kept.size()),
                () -> assertEquals(List.of("a"), kept.stream().map(d -> d.owner().fallbackText()).distinct().toList()));
    }

    @Test
    void theReviewQueueAnswersThePostmortemsInReviewWithTheirFacilitator() {
        AoPostmortemIndex index = new AoPostmortemIndex(ao);
        index.upsert(withStatus(ListSamples.summary(11, "OPS", "In review one"), PostmortemStatus.IN_REVIEW,
                new UserRef.ByKey("8a7f0003")));
        index.upsert(withStatus(ListSamples.summary(12, "WEB", "Draft"), PostmortemStatus.DRAFT,
                new UserRef.ByKey("8a7f0003")));
        index.upsert(withStatus(ListSamples.summary(13, "WEB", "In review, nobody"), PostmortemStatus.IN_REVIEW,
                null));

        assertAll(
                () -> assertEquals(List.of(
                        new WaitingPostmortem(11, "OPS", "In review one", new UserRef.ByKey("8a7f0003"),
                                WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null),
                        new WaitingPostmortem(13, "WEB", "In review, nobody", null,
                                WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null)),
                        new AoReviewQueue(ao).waiting(DAY, 10)),
                () -> assertEquals(1, new AoReviewQueue(ao).waiting(DAY, 1).size()));
    }

    static PostmortemSummary withStatus(PostmortemSummary s, PostmortemStatus status, UserRef facilitator) {
        return new PostmortemSummary(s.pageId(), s.spaceKey(), s.title(), s.severityCode(), s.severityRank(), status,
                s.start(), s.detected(), s.ended(), s.timeToDetect(), s.timeToResolve(), s.zone(), s.createdBy(),
                facilitator, s.contact(), s.tags(), s.countermeasures(), s.indexedAt());
    }
}
