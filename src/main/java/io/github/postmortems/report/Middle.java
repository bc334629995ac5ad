package io.github.postmortems.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The values around the middle of one measure over a selection (seconds, ascending), enough to keep its median exact
 * while writes add and take values: each write moves the middle by at most half a place, and values outside the
 * window only shift it. Empty results mean the window no longer holds the middle: count again.
 *
 * @param count  values over the selection
 * @param first  how many values sort before the window
 * @param values the window, ascending
 */
public record Middle(long count, long first, List<Long> values) {

    /** Values kept on either side of the middle when counted. */
    public static final int WIDTH = 64;

    public Middle {
        values = List.copyOf(values);
        if (count < 0 || first < 0 || first + values.size() > count) {
            throw new IllegalArgumentException("window outside its values: " + first + "+" + values.size() + " of "
                    + count);
        }
    }

    /** Where a window starts and how long it is for {@code count} values: {@link #WIDTH} either side of the middle. */
    public static long firstOfWindow(long count) {
        return Math.max(0, (count - 1) / 2 - WIDTH);
    }

    public static int lengthOfWindow(long count) {
        return (int) Math.min(count - firstOfWindow(count), 2L * WIDTH + 2);
    }

    /** Whether the window holds the two middle values (or there are no values at all). */
    public boolean holdsMedian() {
        return count == 0 || (count - 1) / 2 >= first && count / 2 < first + values.size();
    }

    /** The mean of the two middle values, whole seconds rounded down, as the index counts it; null when none. */
    public Duration median() {
        if (!holdsMedian()) {
            throw new IllegalStateException("the window no longer holds the middle");
        }
        if (count == 0) {
            return null;
        }
        long low = values.get((int) ((count - 1) / 2 - first));
        long high = values.get((int) (count / 2 - first));
        return Duration.ofSeconds(Math.floorDiv(low + high, 2));
    }

    /** With one more value; empty when it cannot be placed (an empty window over values). */
    public Optional<Middle> with(long value) {
        if (count == 0) {
            return Optional.of(new Middle(1, 0, List.of(value)));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (value < values.get(0)) {
            return Optional.of(new Middle(count + 1, first + 1, values));
        }
        if (value > values.get(values.size() - 1)) {
            return Optional.of(new Middle(count + 1, first, values));
        }
        List<Long> more = new ArrayList<>(values);
        int at = Collections.binarySearch(more, value);
        more.add(at < 0 ? -at - 1 : at, value);
        return Optional.of(new Middle(count + 1, first, more));
    }

    /** With one value fewer; empty when it cannot be told where it was. */
    public Optional<Middle> without(long value) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (value < values.get(0)) {
            return first == 0 ? Optional.empty() : Optional.of(new Middle(count - 1, first - 1, values));
        }
        if (value > values.get(values.size() - 1)) {
            return count - first - values.size() == 0 ? Optional.empty()
                    : Optional.of(new Middle(count - 1, first, values));
        }
        int at = Collections.binarySearch(values, value);
        if (at < 0) {
            return Optional.empty();
        }
        List<Long> fewer = new ArrayList<>(values);
        fewer.remove(at);
        return Optional.of(new Middle(count - 1, first, fewer));
    }
}
