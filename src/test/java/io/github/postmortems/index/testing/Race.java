package io.github.postmortems.index.testing;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Two callers in two threads, each in its own transactions, held at their first write until both have read: from
 * there only the database can tell them apart.
 */
public final class Race {

    private Race() {
    }

    public static <T> List<T> heldAtFirstWrite(ActiveObjects real, Function<ActiveObjects, T> caller) throws Exception {
        return heldAtFirstWrite(real, caller, caller);
    }

    /** Two different callers, e.g. a renewal against a take-over. */
    public static <T> List<T> heldAtFirstWrite(ActiveObjects real, Function<ActiveObjects, T> one,
                                               Function<ActiveObjects, T> other) throws Exception {
        CountDownLatch bothAtFirstWrite = new CountDownLatch(2);
        ActiveObjects pausing = new PausingActiveObjects(real, () -> {
            // A thread blocked here cannot write again, so only first writes count the latch down.
            bothAtFirstWrite.countDown();
            await(bothAtFirstWrite);
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<T> first = threads.submit(() -> one.apply(pausing));
            Future<T> second = threads.submit(() -> other.apply(pausing));
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the other caller never reached its first write");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other caller", e);
        }
    }
}
