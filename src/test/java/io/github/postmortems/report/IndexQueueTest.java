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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexQueueTest {

    private static final long PAGE = 4711;
    private static final long OTHER = 4712;
    private static final long WAIT = 5_000;

    private final FakePages pages = new FakePages();
    private final InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
    private final IndexPostmortemPage indexer = new IndexPostmortemPage(pages, new StorageReader(),
            new InMemoryTrackedIssues(), index, FixedSettings.project("OPS"),
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("UTC")));
    private IndexQueue queue = started(new IndexQueue(indexer, index, IndexTransactions.direct(), 0, 100, 3, 1));

    private static IndexQueue started(IndexQueue queue) {
        queue.start();
        return queue;
    }

    @AfterEach
    void stop() {
        queue.stop();
    }

    @Test
    void indexesAChangedPostmortemOnTheWorker() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM);

        queue.submit(PAGE, IndexQueue.Work.INDEX);

        assertTrue(queue.awaitIdle(WAIT));
        assertTrue(index.byPage(PAGE).isPresent());
        assertEquals(Set.of(), queue.failed());
    }

    @Test
    void aChangedPageSettlesBeforeItIsReadAndIsReadInATransaction() throws InterruptedException {
        queue.stop();
        AtomicInteger transactions = new AtomicInteger();
        queue = started(new IndexQueue(indexer, index, work -> {
            transactions.incrementAndGet();
            work.run();
        }, 200, 100, 3, 1));
        pages.page(PAGE, FakePages.POSTMORTEM);

        queue.submit(PAGE, IndexQueue.Work.INDEX);
        Thread.sleep(50);
        assertEquals(0, pages.reads(PAGE), "the saving transaction may not have committed yet");
        queue.submit(PAGE, IndexQueue.Work.INDEX);

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(1, pages.reads(PAGE));
        assertEquals(1, transactions.get());
        assertTrue(index.byPage(PAGE).isPresent());
    }

    @Test
    void aPageWithoutTheMacroThatWasNeverIndexedIsNotEvenRead() throws InterruptedException {
        pages.page(PAGE, FakePages.PLAIN);

        queue.submit(PAGE, IndexQueue.Work.INDEX_IF_KNOWN);

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(0, pages.reads(PAGE));
        assertEquals(0, index.size());
    }

    @Test
    void anIndexedPageWhoseMacroWasRemovedLeavesTheIndex() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM);
        indexer.index(PAGE);
        pages.page(PAGE, FakePages.PLAIN);

        queue.submit(PAGE, IndexQueue.Work.INDEX_IF_KNOWN);

        assertTrue(queue.awaitIdle(WAIT));
        assertFalse(index.byPage(PAGE).isPresent());
    }

    @Test
    void aTrashedOrDeletedPageIsForgottenWithoutReadingIt() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM);
        indexer.index(PAGE);
        int readsBefore = pages.reads(PAGE);

        queue.submit(PAGE, IndexQueue.Work.FORGET);

        assertTrue(queue.awaitIdle(WAIT));
        assertFalse(index.byPage(PAGE).isPresent());
        assertEquals(readsBefore, pages.reads(PAGE));
    }

    @Test
    void aFailedReadIsRetriedUntilItWorks() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM);
        pages.failReads(PAGE, 2);

        queue.submit(PAGE, IndexQueue.Work.INDEX);

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(3, pages.reads(PAGE));
        assertTrue(index.byPage(PAGE).isPresent());
        assertEquals(Set.of(), queue.failed());
    }

    @Test
    void aPageThatKeepsFailingIsKeptForTheRebuildAfterTheLastAttempt() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM);
        pages.failReads(PAGE, 10);

        queue.submit(PAGE, IndexQueue.Work.INDEX);

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(3, pages.reads(PAGE));
        assertEquals(Set.of(PAGE), queue.failed());
    }

    @Test
    void aPageThatThrowsAnErrorIsKeptForTheRebuildAndTheWorkerGoesOnWithTheNextPage() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM).page(OTHER, FakePages.POSTMORTEM);
        pages.breakReads(PAGE, new StackOverflowError("cell nested 20,000 deep"));

        queue.submit(PAGE, IndexQueue.Work.INDEX);
        assertTrue(queue.awaitIdle(WAIT));
        queue.submit(OTHER, IndexQueue.Work.INDEX);

        assertTrue(queue.awaitIdle(WAIT), "the worker survived the Error");
        assertTrue(index.byPage(OTHER).isPresent());
        assertEquals(Set.of(PAGE), queue.failed());
        assertEquals(1, pages.reads(PAGE), "an Error comes from the page: not retried");
    }

    @Test
    void repeatedChangesToAWaitingPageAreIndexedOnce() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM).page(OTHER, FakePages.POSTMORTEM);
        CountDownLatch busy = pages.holdReads(PAGE);
        queue.submit(PAGE, IndexQueue.Work.INDEX);
        pages.awaitHeld(PAGE);

        for (int i = 0; i < 5; i++) {
            queue.submit(OTHER, IndexQueue.Work.INDEX);
        }
        busy.countDown();

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(1, pages.reads(OTHER));
    }

    @Test
    void theLatestChangeWinsForAWaitingPage() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM).page(OTHER, FakePages.POSTMORTEM);
        indexer.index(OTHER);
        CountDownLatch busy = pages.holdReads(PAGE);
        queue.submit(PAGE, IndexQueue.Work.INDEX);
        pages.awaitHeld(PAGE);

        queue.submit(OTHER, IndexQueue.Work.INDEX);
        queue.submit(OTHER, IndexQueue.Work.FORGET);
        busy.countDown();

        assertTrue(queue.awaitIdle(WAIT));
        assertFalse(index.byPage(OTHER).isPresent());
    }

    @Test
    void stoppingDropsTheWaitingPagesAndSaysWhich() throws InterruptedException {
        pages.page(PAGE, FakePages.POSTMORTEM).page(OTHER, FakePages.POSTMORTEM).page(3, FakePages.POSTMORTEM);
        CountDownLatch busy = pages.holdReads(PAGE);
        queue.submit(PAGE, IndexQueue.Work.INDEX);
        pages.awaitHeld(PAGE);
        queue.submit(OTHER, IndexQueue.Work.INDEX);
        queue.submit(3, IndexQueue.Work.FORGET);
        new Thread(() -> {
            sleep(50);
            busy.countDown();
        }).start();

        List<Long> dropped = queue.stop();

        assertEquals(List.of(OTHER, 3L), dropped);
        assertTrue(index.byPage(PAGE).isPresent(), "the page being indexed is finished");
        assertEquals(0, pages.reads(OTHER));
    }

    @Test
    void aChangeAfterStoppingIsKeptForTheRebuild() {
        queue.stop();

        queue.submit(PAGE, IndexQueue.Work.INDEX);

        assertEquals(Set.of(PAGE), queue.failed());
    }

    @Test
    void aChangeThatFindsTheQueueFullIsKeptForTheRebuild() throws InterruptedException {
        queue.stop();
        queue = started(new IndexQueue(indexer, index, IndexTransactions.direct(), 0, 1, 3, 1));
        pages.page(PAGE, FakePages.POSTMORTEM).page(OTHER, FakePages.POSTMORTEM).page(3, FakePages.POSTMORTEM);
        CountDownLatch busy = pages.holdReads(PAGE);
        queue.submit(PAGE, IndexQueue.Work.INDEX);
        pages.awaitHeld(PAGE);

        queue.submit(OTHER, IndexQueue.Work.INDEX);
        queue.submit(3, IndexQueue.Work.INDEX);
        busy.countDown();

        assertTrue(queue.awaitIdle(WAIT));
        assertEquals(Set.of(3L), queue.failed());
        assertTrue(index.byPage(OTHER).isPresent());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
