package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The issues Jira's webhook says changed, re-read from Jira on one background thread: a webhook is only a hint, so a
 * forged, late or replayed call can at most cause a re-read, never set a status. Keys are collected into a bounded
 * set (repeats coalesce), read {@code delay} after the first one arrives, at most {@code batch} keys a search and at
 * most one search per {@code pause}; Jira is never asked on the request thread. Spring calls {@link #start()} and
 * {@link #stop()} (init- and destroy-method in {@code jira-context.xml}); keys left at stop are healed by the
 * periodic reconcile.
 */
public final class WebhookHints {

    /** What became of a hint. */
    public enum Offer { QUEUED, NOT_TRACKED, QUEUE_FULL }

    static final String THREAD = "postmortems-webhook-reread";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHints.class);

    private final ReconcileTrackedIssues reconcile;
    private final long delayMillis;
    private final long pauseMillis;
    private final int maxPending;
    private final int batch;
    private final Set<IssueKey> pending = new LinkedHashSet<>();
    private ScheduledExecutorService worker;
    private boolean scheduled;

    public WebhookHints(ReconcileTrackedIssues reconcile, long delayMillis, long pauseMillis, int maxPending,
                        int batch) {
        if (delayMillis < 0 || pauseMillis < 0 || maxPending < 1 || batch < 1
                || batch > ReconcileTrackedIssues.BATCH) {
            throw new IllegalArgumentException("delay and pause >= 0, queue >= 1, 1 <= batch <= "
                    + ReconcileTrackedIssues.BATCH);
        }
        this.reconcile = reconcile;
        this.delayMillis = delayMillis;
        this.pauseMillis = pauseMillis;
        this.maxPending = maxPending;
        this.batch = batch;
    }

    public synchronized void start() {
        if (worker != null) {
            return;
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, THREAD);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.prestartAllCoreThreads(); // the thread exists from start to stop, so a stop that misses it shows
        worker = executor;
        if (!pending.isEmpty()) {
            scheduleNext(delayMillis);
        }
    }

    /** Ends the thread; a re-read under way is interrupted and waited for. Returns the keys that were not read. */
    public List<IssueKey> stop() {
        ScheduledExecutorService stopping;
        List<IssueKey> left;
        synchronized (this) {
            stopping = worker;
            worker = null;
            scheduled = false;
            left = List.copyOf(pending);
            pending.clear();
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("The webhook re-read thread did not end within 10 s of stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return left;
    }

    /**
     * Takes note that Jira says {@code key} changed. Keys we do not track are dropped here (one indexed look-up), so
     * they cannot crowd the queue; a full queue drops the hint, which the periodic reconcile makes good.
     */
    public Offer offer(IssueKey key) {
        if (!reconcile.isTracked(key)) {
            return Offer.NOT_TRACKED;
        }
        synchronized (this) {
            if (!pending.contains(key) && pending.size() >= maxPending) {
                return Offer.QUEUE_FULL;
            }
            pending.add(key);
            if (!scheduled && worker != null) {
                scheduleNext(delayMillis);
            }
            return Offer.QUEUED;
        }
    }

    public synchronized int pending() {
        return pending.size();
    }

    /**
     * Re-reads one batch of waiting keys, oldest first, and returns how many it took. Nothing escapes: one bad key
     * or a Jira that answers nonsense costs its batch (logged), never the thread.
     */
    public int rereadOneBatch() {
        List<IssueKey> keys = new ArrayList<>(batch);
        synchronized (this) {
            Iterator<IssueKey> oldest = pending.iterator();
            while (oldest.hasNext() && keys.size() < batch) {
                keys.add(oldest.next());
                oldest.remove();
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        try {
            ReconcileTrackedIssues.Report report = reconcile.reread(keys);
            if (report.failedBatches() > 0) {
                LOG.warn("Re-reading {} issues a webhook named: {}; last failure: {}", keys.size(),
                        String.join(", ", report.summary()), report.lastFailure());
            }
        } catch (Throwable failure) {
            LOG.error("Re-reading the issues a webhook named failed ({}); the periodic sync will retry them", keys,
                    failure);
        }
        return keys.size();
    }

    private void runScheduled() {
        rereadOneBatch();
        synchronized (this) {
            scheduled = false;
            if (!pending.isEmpty() && worker != null) {
                scheduleNext(pauseMillis);
            }
        }
    }

    /** Called holding the lock, with a running worker. */
    private void scheduleNext(long afterMillis) {
        scheduled = true;
        worker.schedule(this::runScheduled, afterMillis, TimeUnit.MILLISECONDS);
    }
}
