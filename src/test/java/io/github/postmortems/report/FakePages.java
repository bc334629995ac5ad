package io.github.postmortems.report;

import io.github.postmortems.jira.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** {@link Pages} for the index tests: pages that can be deleted, reads that fail on demand or wait for a signal. */
final class FakePages implements Pages {

    static final String POSTMORTEM = sample("full-page.xml");
    static final String PLAIN = "<p>Team lunch notes</p>";

    private final Map<Long, String> storage = new HashMap<>();
    private final Map<Long, Integer> reads = new HashMap<>();
    private final Map<Long, Integer> failuresLeft = new HashMap<>();
    private final Map<Long, Error> errors = new HashMap<>();
    private final Map<Long, CountDownLatch> gates = new HashMap<>();
    private final Map<Long, CountDownLatch> held = new HashMap<>();

    synchronized FakePages page(long id, String body) {
        storage.put(id, body);
        return this;
    }

    synchronized void delete(long id) {
        storage.remove(id);
    }

    /** The next {@code times} reads of the page throw, like a database that went away. */
    synchronized void failReads(long id, int times) {
        failuresLeft.put(id, times);
    }

    /** Every read of the page throws this Error, as a page whose content overflows the reader's stack would. */
    synchronized void breakReads(long id, Error error) {
        errors.put(id, error);
    }

    /** Reads of the page wait until the returned latch is counted down. */
    synchronized CountDownLatch holdReads(long id) {
        CountDownLatch gate = new CountDownLatch(1);
        gates.put(id, gate);
        held.put(id, new CountDownLatch(1));
        return gate;
    }

    /** Waits until a read of the page is being held. */
    void awaitHeld(long id) throws InterruptedException {
        CountDownLatch entered;
        synchronized (this) {
            entered = held.get(id);
        }
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("nobody read page " + id);
        }
    }

    synchronized int reads(long id) {
        return reads.getOrDefault(id, 0);
    }

    @Override
    public Optional<PageContent> read(long pageId) {
        CountDownLatch gate;
        synchronized (this) {
            gate = gates.get(pageId);
            if (gate != null) {
                held.get(pageId).countDown();
            }
        }
        if (gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            reads.merge(pageId, 1, Integer::sum);
            if (errors.containsKey(pageId)) {
                throw errors.get(pageId);
            }
            int left = failuresLeft.getOrDefault(pageId, 0);
            if (left > 0) {
                failuresLeft.put(pageId, left - 1);
                throw new IllegalStateException("database unavailable reading page " + pageId);
            }
            String body = storage.get(pageId);
            return body == null ? Optional.empty() : Optional.of(new PageContent(pageId, "Postmortem " + pageId, "OPS",
                    body, "https://wiki.example.com/pages/viewpage.action?pageId=" + pageId));
        }
    }

    @Override
    public boolean update(long pageId, UnaryOperator<String> edit, String comment) {
        throw new UnsupportedOperationException("the index only reads pages");
    }

    private static String sample(String name) {
        try (InputStream in = FakePages.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
