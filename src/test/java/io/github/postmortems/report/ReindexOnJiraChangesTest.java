package io.github.postmortems.report;

import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class ReindexOnJiraChangesTest {

    private static final IssueKey KEY = IssueKey.parse("OPS-7").orElseThrow();
    private static final RowRef ROW = new RowRef(4242, "rowa1");
    private static final Instant SYNCED = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryTrackedIssues store = new InMemoryTrackedIssues();
    private final IndexQueue queue = mock(IndexQueue.class);
    private final ReindexOnJiraChanges tracked = new ReindexOnJiraChanges(store, queue);

    private static TrackedIssue issue(StatusCategory category, LocalDate due, Instant resolved, Instant synced) {
        return new TrackedIssue(ROW, KEY, category == StatusCategory.DONE ? "Done" : "To Do", category, "jdoe",
                "Jo Doe", due, resolved, synced, null);
    }

    @Test
    void aNewlyTrackedIssueQueuesItsPage() {
        tracked.save(TrackedIssue.justLinked(ROW, KEY));

        verify(queue).submit(4242, IndexQueue.Work.INDEX_IF_KNOWN);
        assertEquals(Optional.of(KEY), store.byKey(KEY).map(TrackedIssue::key));
    }

    @Test
    void anIssueJiraClosedQueuesItsPageAndASyncThatChangedNothingDoesNot() {
        store.save(issue(StatusCategory.TO_DO, LocalDate.of(2026, 12, 1), null, SYNCED));

        tracked.save(issue(StatusCategory.TO_DO, LocalDate.of(2026, 12, 1), null, SYNCED.plusSeconds(600)));
        verify(queue, never()).submit(4242, IndexQueue.Work.INDEX_IF_KNOWN);

        tracked.save(issue(StatusCategory.DONE, LocalDate.of(2026, 12, 1), SYNCED.plusSeconds(900),
                SYNCED.plusSeconds(900)));
        verify(queue).submit(4242, IndexQueue.Work.INDEX_IF_KNOWN);
        assertEquals(StatusCategory.DONE, store.byKey(KEY).orElseThrow().category(), "the store has the change");
    }

    @Test
    void aNewDueDateQueuesThePage() {
        store.save(issue(StatusCategory.TO_DO, LocalDate.of(2026, 12, 1), null, SYNCED));

        tracked.save(issue(StatusCategory.TO_DO, LocalDate.of(2026, 11, 1), null, SYNCED));

        verify(queue).submit(4242, IndexQueue.Work.INDEX_IF_KNOWN);
    }

    @Test
    void forgettingAnIssueQueuesItsPageAndErrorsAndReadsQueueNothing() {
        store.save(issue(StatusCategory.TO_DO, null, null, SYNCED));

        tracked.recordError(List.of(KEY), "Jira did not answer", SYNCED);
        tracked.byPage(4242);
        verifyNoInteractions(queue);

        tracked.forget(KEY);
        tracked.forget(IssueKey.parse("OPS-8").orElseThrow());
        verify(queue).submit(4242, IndexQueue.Work.INDEX_IF_KNOWN);
        assertEquals(Optional.empty(), store.byKey(KEY));
    }
}
