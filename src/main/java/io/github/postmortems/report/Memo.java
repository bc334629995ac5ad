package io.github.postmortems.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one node remembers of recent lists: at most {@code capacity} values, the least recently used forgotten first,
 * each for at most {@code lifetime}. Keys carry what makes a value current (the index's generation, the day); the
 * lifetime bounds what a key cannot carry. Values are computed outside the lock: two threads missing the same key at
 * once both compute it, which costs time, never correctness.
 */
final class Memo<K, V> {

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<K, Remembered<V>> values;

    Memo(int capacity, Duration lifetime, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one value: " + capacity);
        }
        this.capacity = capacity;
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.values = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The value remembered for {@code key}, or {@code compute}'s, remembered from now on. */
    V get(K key, Supplier<V> compute) {
        Objects.requireNonNull(key, "key");
        Optional<V> known = known(key);
        if (known.isPresent()) {
            return known.get();
        }
        V value = Objects.requireNonNull(compute.get(), "value");
        put(key, value);
        return value;
    }

    /** Forgets {@code key}'s value, e.g. when a view found it out of date. */
    synchronized void forget(K key) {
        values.remove(key);
    }

    synchronized int size() {
        return values.size();
    }

    /** The value remembered for {@code key}, if any (and still within its lifetime). */
    synchronized Optional<V> known(K key) {
        Remembered<V> remembered = values.get(key);
        if (remembered == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(remembered.until())) {
            values.remove(key);
            return Optional.empty();
        }
        return Optional.of(remembered.value());
    }

    /** Remembers {@code value} for {@code key} from now on. */
    synchronized void put(K key, V value) {
        values.put(key, new Remembered<>(value, clock.instant().plus(lifetime)));
        if (values.size() > capacity) {
            values.remove(values.keySet().iterator().next()); // the least recently used
        }
    }

    private record Remembered<V>(V value, Instant until) {
    }
}
