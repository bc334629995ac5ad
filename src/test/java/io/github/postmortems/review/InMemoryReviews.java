package io.github.postmortems.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/** A review store and pages in memory, for the use case's tests: they keep state and can be made to race. */
public final class InMemoryReviews {

    public static final class Store implements ReviewStore {
        public final Map<Long, Stored> stored = new HashMap<>();
        final List<Decision> decisions = new ArrayList<>();
        /** Run once just before the next record checks the step it saw: another step landing in between. */
        Runnable before = () -> { };

        @Override
        public Stored load(long pageId) {
            return stored.getOrDefault(pageId, Stored.none());
        }

        @Override
        public int record(long pageId, Stored seen, Review next, Decision decision, Optional<String> snapshot,
                          IntSupplier write) {
            Runnable interloper = before;
            before = () -> { };
            interloper.run();
            if (load(pageId).sequence() != seen.sequence()) {
                throw new ReviewConflict(pageId);
            }
            int version = write.getAsInt();
            decisions.add(decision);
            stored.put(pageId, new Stored(next, seen.sequence() + 1, version,
                    snapshot.orElse(load(pageId).snapshot())));
            return version;
        }
    }

    /** Thread-safe: the database tests race two steps through it. */
    public static final class Pages implements ReviewPages {
        final Map<Long, String> storage = new HashMap<>();
        final Map<Long, Integer> versions = new HashMap<>();
        public final List<String> comments = new ArrayList<>();

        public synchronized Pages with(long pageId, String page, int version) {
            storage.put(pageId, page);
            versions.put(pageId, version);
            return this;
        }

        /** A person's edit through the editor: a new version the app did not write. */
        public synchronized void edit(long pageId, UnaryOperator<String> edit) {
            storage.put(pageId, edit.apply(storage.get(pageId)));
            versions.merge(pageId, 1, Integer::sum);
        }

        @Override
        public synchronized Optional<Page> read(long pageId) {
            return Optional.ofNullable(storage.get(pageId))
                    .map(page -> new Page(pageId, "OPS", page, versions.get(pageId)));
        }

        @Override
        public synchronized OptionalInt write(long pageId, UnaryOperator<String> edit, String comment) {
            String page = storage.get(pageId);
            if (page == null) {
                return OptionalInt.empty();
            }
            String edited = edit.apply(page);
            if (edited.equals(page)) {
                return OptionalInt.empty();
            }
            storage.put(pageId, edited);
            comments.add(comment);
            return OptionalInt.of(versions.merge(pageId, 1, Integer::sum));
        }
    }

    public static synchronized String storageOf(Pages pages, long pageId) {
        synchronized (pages) {
            return pages.storage.get(pageId);
        }
    }

    private InMemoryReviews() {
    }
}
