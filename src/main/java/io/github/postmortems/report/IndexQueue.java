package io.github.postmortems.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Indexes pages off the thread that saved them: page ids wait here, at most {@code capacity} distinct pages, and one
 * background worker indexes them in turn. Repeated changes to a waiting page coalesce into the latest one (every kind
 * of work re-reads the page as it is then). A failure is logged with the page id and retried after a growing pause;
 * after {@code maxAttempts} (at once for an {@link Error}, which the page's content caused) the page goes to the
 * {@link #failed()} set, which the rebuild picks up. A page that finds
 * the queue full or stopped goes there too, so no change is dropped without a trace.
 * <p>
 * Spring calls {@link #start()} and {@link #stop()} (init- and destroy-method in {@code report-context.xml}).
 */
public final class IndexQueue {

    /** What to do with a page. */
    public enum Work {
        /** The page may hold a postmortem: read it and index it (or forget it if it no longer is one). */
        INDEX,
        /** The page holds no postmortem macro: only if it was indexed, read it again (so its entry goes). */
        INDEX_IF_KNOWN,
        /** The page was trashed or deleted. */
        FORGET
    }

    private static final Logger LOG = LoggerFactory.getLogger(IndexQueue.class);
    private static final long MAX_PAUSE_MILLIS = 5 * 60_000L;

    private final IndexPostmortemPage indexer;
    private final PostmortemIndex index;
    private final IndexTransactions transactions;
    private final long settleNanos;
    private final int capacity;
    private final int maxAttempts;
    private final long firstPauseMillis;

    /** Held while a page is read and written, by the worker or through {@link #exclusively}. */
    private final Object writing = new Object();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Task> waiting = new LinkedHashMap<>();
    private final Set<Long> failed = new LinkedHashSet<>();
    private boolean running;
    private boolean busy;
    private ExecutorService worker;

    private record Task(Work work, int attempt, long dueNanos) {
    }

    /**
     * @param settleMillis how long a changed page waits before it is read: the event comes before the saving
     *                     transaction commits, and a burst of saves becomes one read
     */
    public IndexQueue(IndexPostmortemPage indexer, PostmortemIndex index, IndexTransactions transactions,
                      long settleMillis, int capacity, int maxAttempts, long firstPauseMillis) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.index = Objects.requireNonNull(index, "index");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        if (capacity < 1 || maxAttempts < 1 || firstPauseMillis < 0 || settleMillis < 0) {
            throw new IllegalArgumentException("capacity and attempts start at 1, the pauses at 0");
        }
        this.settleNanos = TimeUnit.MILLISECONDS.toNanos(settleMillis);
        this.capacity = capacity;
        this.maxAttempts = maxAttempts;
        this.firstPauseMillis = firstPauseMillis;
    }

    public void start() {
        lock.lock();
        try {
            if (running) {
                return;
            }
            running = true;
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "postmortems-index");
                thread.setDaemon(true);
                return thread;
            });
            worker.execute(this::work);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking pages and stops the worker after the page it is on. Pages still waiting are not indexed: they are
     * logged (a rebuild catches up) and returned.
     */
    public List<Long> stop() {
        ExecutorService stopping;
        List<Long> dropped;
        lock.lock();
        try {
            running = false;
            stopping = worker;
            worker = null;
            dropped = new ArrayList<>(waiting.keySet());
            waiting.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                    stopping.shutdownNow();
                }
            } catch (InterruptedException e) {
                stopping.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        if (!dropped.isEmpty()) {
            LOG.warn("Postmortem index: stopped with {} page(s) not indexed {}; run 'Rebuild postmortem index' to "
                    + "catch up", dropped.size(), dropped);
        }
        return dropped;
    }

    /** Queues the page; a page already waiting takes this work instead of what it waited for. */
    public void submit(long pageId, Work work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            if (!running) {
                failed.add(pageId);
                LOG.warn("Postmortem index: not running, page {} ({}) left for the next rebuild", pageId, work);
                return;
            }
            if (!waiting.containsKey(pageId) && waiting.size() >= capacity) {
                failed.add(pageId);
                LOG.warn("Postmortem index: {} pages waiting, page {} ({}) left for the next rebuild", capacity,
                        pageId, work);
                return;
            }
            waiting.remove(pageId);
            waiting.put(pageId, new Task(work, 0, System.nanoTime() + settleNanos));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Pages that could not be indexed, oldest first; the rebuild indexes them again. */
    public Set<Long> failed() {
        lock.lock();
        try {
            return Set.copyOf(failed);
        } finally {
            lock.unlock();
        }
    }

    /** The page is in step with the index again (the rebuild indexed it). */
    public void resolved(long pageId) {
        lock.lock();
        try {
            failed.remove(pageId);
        } finally {
            lock.unlock();
        }
    }

    /** The rebuild could not index the page either. */
    public void unresolved(long pageId) {
        lock.lock();
        try {
            failed.add(pageId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs index work that must not interleave with the worker's: a rebuild that read a page before an edit must not
     * store that older reading after the worker stored the newer one.
     */
    public void exclusively(Runnable work) {
        synchronized (writing) {
            work.run();
        }
    }

    /** Waits until no page waits and the worker is idle; false when {@code timeoutMillis} passed first. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (busy || !waiting.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            long pageId;
            Task task;
            lock.lock();
            try {
                Map.Entry<Long, Task> next = null;
                while (running) {
                    next = earliest();
                    long now = System.nanoTime();
                    if (next != null && next.getValue().dueNanos() - now <= 0) {
                        break;
                    }
                    if (next == null) {
                        changed.await();
                    } else {
                        changed.awaitNanos(next.getValue().dueNanos() - now);
                    }
                }
                if (!running) {
                    return;
                }
                pageId = next.getKey();
                task = next.getValue();
                waiting.remove(pageId);
                busy = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            Throwable failure = null;
            try {
                exclusively(() -> transactions.run(() -> run(pageId, task.work())));
            } catch (Throwable e) { // an Error from one page (a stack overflow) must not end the only worker
                failure = e;
            }
            lock.lock();
            try {
                busy = false;
                if (failure == null) {
                    failed.remove(pageId);
                } else {
                    retryOrGiveUp(pageId, task, failure);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void run(long pageId, Work work) {
        switch (work) {
            case INDEX -> indexer.index(pageId);
            case INDEX_IF_KNOWN -> {
                if (index.byPage(pageId).isPresent()) {
                    indexer.index(pageId);
                }
            }
            case FORGET -> indexer.forget(pageId);
        }
    }

    /** Called holding the lock. A newer change to the page that came in meanwhile wins over the retry. */
    private void retryOrGiveUp(long pageId, Task task, Throwable failure) {
        int attempts = task.attempt() + 1;
        if (waiting.containsKey(pageId)) {
            LOG.warn("Postmortem index: page {} failed ({}); a newer change to it is queued", pageId, task.work(),
                    failure);
            return;
        }
        // An Error comes from what the page holds, not from a database that went away: trying again cannot help.
        if (attempts >= maxAttempts || !running || failure instanceof Error) {
            failed.add(pageId);
            LOG.error("Postmortem index: page {} failed {} time(s) ({}); left for the next rebuild", pageId, attempts,
                    task.work(), failure);
            return;
        }
        long pause = Math.min(MAX_PAUSE_MILLIS, firstPauseMillis << Math.min(attempts - 1, 20));
        LOG.warn("Postmortem index: page {} failed ({}), attempt {} of {}; retrying in {} ms", pageId, task.work(),
                attempts, maxAttempts, pause, failure);
        waiting.put(pageId, new Task(task.work(), attempts,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause)));
    }

    private Map.Entry<Long, Task> earliest() {
        Map.Entry<Long, Task> earliest = null;
        for (Map.Entry<Long, Task> entry : waiting.entrySet()) {
            if (earliest == null || entry.getValue().dueNanos() - earliest.getValue().dueNanos() < 0) {
                earliest = entry;
            }
        }
        return earliest;
    }
}
