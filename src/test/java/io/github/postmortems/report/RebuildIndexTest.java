package io.github.postmortems.report;

import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebuildIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final long WAIT = 5_000;

    private final FakePages pages = new FakePages();
    private final InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
    private final IndexPostmortemPage indexer = new IndexPostmortemPage(pages, new StorageReader(),
            new InMemoryTrackedIssues(), index, FixedSettings.project("OPS"), Clock.fixed(NOW, ZoneId.of("UTC")));
    private final IndexQueue queue = new IndexQueue(indexer, index, IndexTransactions.direct(), 0, 100, 1, 1);
    private final Labelled labelled = new Labelled();
    private final RebuildIndex rebuild = new RebuildIndex(labelled, index, indexer, queue, IndexTransactions.direct(),
            Clock.fixed(NOW, ZoneId.of("UTC")), 2);

    /** Labelled pages in memory; remembers which slices were asked for. */
    private static final class Labelled implements LabelledPages {
        final List<Long> ids = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized Slice postmortemPages(int offset, int limit) {
            asked.add(offset + "+" + limit);
            List<Long> slice = ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
            return new Slice(slice, slice.size(), ids.size());
        }
    }

    RebuildIndexTest() {
        queue.start();
        rebuild.open();
    }

    @AfterEach
    void close() {
        rebuild.close();
        queue.stop();
    }

    @Test
    void nothingHasRunBeforeTheFirstRebuild() {
        RebuildIndex.Progress progress = rebuild.progress();

        assertEquals(RebuildIndex.State.IDLE, progress.state());
        assertNull(progress.startedAt());
    }

    @Test
    void indexesEveryLabelledPageABatchAtATime() throws InterruptedException {
        for (long id = 1; id <= 5; id++) {
            pages.page(id, FakePages.POSTMORTEM);
            labelled.ids.add(id);
        }

        rebuild.start();

        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(List.of("0+2", "2+2", "4+2"), labelled.asked);
        assertEquals(5, index.size());
        assertEquals(new RebuildIndex.Progress(RebuildIndex.State.FINISHED, 5, 5, 0, NOW, NOW), rebuild.progress());
    }

    @Test
    void removesEntriesOfDeletedPagesAndOfPagesThatAreNoLongerPostmortems() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM).page(3, FakePages.POSTMORTEM);
        indexer.index(1);
        indexer.index(2);
        indexer.index(3);
        pages.delete(1);
        pages.page(2, FakePages.PLAIN);
        pages.page(4, FakePages.POSTMORTEM);
        labelled.ids.add(4L);

        rebuild.start();

        assertTrue(rebuild.awaitDone(WAIT));
        assertFalse(index.byPage(1).isPresent(), "deleted");
        assertFalse(index.byPage(2).isPresent(), "no longer a postmortem");
        assertTrue(index.byPage(3).isPresent(), "still a postmortem, though its label went");
        assertTrue(index.byPage(4).isPresent());
        assertEquals(4, rebuild.progress().total());
        assertEquals(4, rebuild.progress().done());
    }

    @Test
    void startingAgainWhileOneRunsReturnsTheRunningOne() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM);
        labelled.ids.addAll(List.of(1L, 2L));
        CountDownLatch held = pages.holdReads(1);

        RebuildIndex.Progress first = rebuild.start();
        pages.awaitHeld(1);
        RebuildIndex.Progress second = rebuild.start();
        held.countDown();

        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(RebuildIndex.State.RUNNING, first.state());
        assertEquals(RebuildIndex.State.RUNNING, second.state());
        assertEquals(1, pages.reads(1), "one rebuild ran");
        assertEquals(List.of("0+2"), labelled.asked);
    }

    @Test
    void showsProgressWhileRunning() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM).page(3, FakePages.POSTMORTEM);
        labelled.ids.addAll(List.of(1L, 2L, 3L));
        CountDownLatch held = pages.holdReads(2);

        rebuild.start();
        pages.awaitHeld(2);
        RebuildIndex.Progress midway = rebuild.progress();
        held.countDown();

        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(new RebuildIndex.Progress(RebuildIndex.State.RUNNING, 1, 3, 0, NOW, null), midway);
    }

    @Test
    void aPageThatFailsIsCountedAndKeptForTheNextRebuild() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM);
        labelled.ids.addAll(List.of(1L, 2L));
        pages.failReads(2, 1);

        rebuild.start();
        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(1, rebuild.progress().failed());
        assertEquals(Set.of(2L), queue.failed());

        rebuild.start();
        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(0, rebuild.progress().failed());
        assertEquals(Set.of(), queue.failed());
        assertTrue(index.byPage(2).isPresent());
    }

    @Test
    void aPageThatThrowsAnErrorIsCountedAsFailedAndTheRebuildGoesOn() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM).page(3, FakePages.POSTMORTEM);
        labelled.ids.addAll(List.of(1L, 2L, 3L));
        pages.breakReads(2, new StackOverflowError("cell nested 20,000 deep"));

        rebuild.start();

        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(RebuildIndex.State.FINISHED, rebuild.progress().state());
        assertEquals(1, rebuild.progress().failed());
        assertEquals(Set.of(2L), queue.failed());
        assertTrue(index.byPage(1).isPresent() && index.byPage(3).isPresent());
    }

    @Test
    void aRebuildStoppedByAnErrorReportsFailedInsteadOfRunningForever() throws InterruptedException {
        RebuildIndex broken = new RebuildIndex((offset, limit) -> {
            throw new OutOfMemoryError("page ids");
        }, index, indexer, queue, IndexTransactions.direct(), Clock.fixed(NOW, ZoneId.of("UTC")), 2);
        broken.open();
        try {
            broken.start();

            assertTrue(broken.awaitDone(WAIT));
            assertEquals(RebuildIndex.State.FAILED, broken.progress().state());
            assertTrue(broken.progress().finishedAt() != null);
        } finally {
            broken.close();
        }
    }

    @Test
    void neverIndexesAPageWhileTheEventWorkerIsIndexingOne() throws InterruptedException {
        pages.page(1, FakePages.POSTMORTEM).page(2, FakePages.POSTMORTEM);
        labelled.ids.add(2L);
        CountDownLatch held = pages.holdReads(1);
        queue.submit(1, IndexQueue.Work.INDEX);
        pages.awaitHeld(1);

        rebuild.start();
        Thread.sleep(100);
        int readsWhileHeld = pages.reads(2);
        held.countDown();

        assertTrue(rebuild.awaitDone(WAIT));
        assertEquals(0, readsWhileHeld);
        assertEquals(1, pages.reads(2));
    }

    @Test
    void picksUpPagesTheEventQueueGaveUpOn() throws InterruptedException {
        pages.page(7, FakePages.POSTMORTEM);
        pages.failReads(7, 1);
        queue.submit(7, IndexQueue.Work.INDEX);
        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(Set.of(7L), queue.failed());

        rebuild.start();

        assertTrue(rebuild.awaitDone(WAIT));
        assertTrue(index.byPage(7).isPresent(), "not labelled, but the queue had given up on it");
        assertEquals(Set.of(), queue.failed());
    }
}
