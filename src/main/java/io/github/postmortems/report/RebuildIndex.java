package io.github.postmortems.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * "Rebuild postmortem index": indexes every page labelled {@code postmortem}, a batch at a time, then every page the
 * index or the {@link IndexQueue} knows that the labels did not list (so entries of deleted pages and of pages that
 * are no longer postmortems go). Each page is read when its turn comes, so people may edit meanwhile. Only page ids are
 * kept in memory. One rebuild at a time, on its own thread; starting again while one runs returns the running one.
 * <p>
 * Spring calls {@link #open()} and {@link #close()} (init- and destroy-method in {@code report-context.xml}).
 */
public final class RebuildIndex {

    public enum State { IDLE, RUNNING, FINISHED, FAILED }

    /** Where the rebuild is; {@code total} grows once the leftovers are known. */
    public record Progress(State state, int done, int total, int failed, Instant startedAt, Instant finishedAt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RebuildIndex.class);

    private final LabelledPages labelled;
    private final PostmortemIndex index;
    private final IndexPostmortemPage indexer;
    private final IndexQueue queue;
    private final IndexTransactions transactions;
    private final Clock clock;
    private final int batchSize;

    private volatile Progress progress = new Progress(State.IDLE, 0, 0, 0, null, null);
    private ExecutorService worker;

    public RebuildIndex(LabelledPages labelled, PostmortemIndex index, IndexPostmortemPage indexer, IndexQueue queue,
                        IndexTransactions transactions, Clock clock, int batchSize) {
        this.labelled = Objects.requireNonNull(labelled, "labelled");
        this.index = Objects.requireNonNull(index, "index");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size starts at 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public synchronized void open() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "postmortems-index-rebuild");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Stops a running rebuild between two pages. */
    public synchronized void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** Starts a rebuild, or returns the one running. */
    public synchronized Progress start() {
        if (progress.state() == State.RUNNING) {
            return progress;
        }
        if (worker == null) {
            throw new IllegalStateException("the rebuild is closed");
        }
        progress = new Progress(State.RUNNING, 0, 0, 0, clock.instant(), null);
        Progress started = progress;
        worker.execute(this::rebuild);
        return started;
    }

    public Progress progress() {
        return progress;
    }

    /** Waits for the running rebuild, for tests and shutdown; false when {@code timeoutMillis} passed first. */
    public boolean awaitDone(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (progress.state() == State.RUNNING) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void rebuild() {
        Counts counts = new Counts();
        try {
            Set<Long> leftovers = indexedPageIds();
            leftovers.addAll(queue.failed());
            int offset = 0;
            while (!Thread.currentThread().isInterrupted()) {
                LabelledPages.Slice slice = slice(offset);
                counts.total = Math.max(counts.total, slice.total());
                report(counts, State.RUNNING);
                for (long pageId : slice.pageIds()) {
                    indexOne(pageId, counts);
                    leftovers.remove(pageId);
                }
                offset += slice.read();
                if (slice.read() == 0 || offset >= slice.total()) {
                    break;
                }
            }
            counts.total = counts.done + leftovers.size();
            report(counts, State.RUNNING);
            for (long pageId : leftovers) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                indexOne(pageId, counts);
            }
            report(counts, Thread.currentThread().isInterrupted() ? State.FAILED : State.FINISHED);
            LOG.info("Postmortem index: rebuild indexed {} page(s), {} failed", counts.done - counts.failed,
                    counts.failed);
        } catch (Throwable e) {
            LOG.error("Postmortem index: rebuild stopped after {} page(s)", counts.done, e);
        } finally {
            if (progress.state() == State.RUNNING) { // whatever stopped it, the admin must not see "running" forever
                report(counts, State.FAILED);
            }
        }
    }

    private LabelledPages.Slice slice(int offset) {
        LabelledPages.Slice[] slice = new LabelledPages.Slice[1];
        transactions.run(() -> slice[0] = labelled.postmortemPages(offset, batchSize));
        return slice[0];
    }

    /** The page ids in the index, read a batch at a time. */
    private Set<Long> indexedPageIds() {
        Set<Long> ids = new HashSet<>();
        for (int offset = 0; ; offset += batchSize) {
            List<PostmortemSummary> batch = index.find(Selection.all(), offset, batchSize);
            batch.forEach(summary -> ids.add(summary.pageId()));
            if (batch.size() < batchSize) {
                return ids;
            }
        }
    }

    private void indexOne(long pageId, Counts counts) {
        try {
            queue.exclusively(() -> transactions.run(() -> indexer.index(pageId)));
            queue.resolved(pageId);
        } catch (Throwable e) { // one page's Error (a stack overflow) fails that page, not the rebuild
            counts.failed++;
            queue.unresolved(pageId);
            LOG.warn("Postmortem index: rebuild could not index page {}", pageId, e);
        }
        counts.done++;
        report(counts, State.RUNNING);
    }

    private void report(Counts counts, State state) {
        Progress now = progress;
        progress = new Progress(state, counts.done, Math.max(counts.total, counts.done), counts.failed,
                now.startedAt(), state == State.RUNNING ? null : clock.instant());
    }

    private static final class Counts {
        int done;
        int total;
        int failed;
    }
}
