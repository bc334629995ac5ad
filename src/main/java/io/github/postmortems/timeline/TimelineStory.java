package io.github.postmortems.timeline;

import io.github.postmortems.postmortem.Milestone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incident told in time order: the timeline's entries sorted by time, the milestones from the details merged in
 * at their times, the time elapsed between consecutive moments, and the silences longer than a threshold. Rows whose
 * time could not be read stay where the table had them (after the row above them), so nothing people wrote is lost.
 *
 * @param items     what to show, top to bottom
 * @param reordered whether the table's entries were not in time order (the view says so)
 */
public record TimelineStory(List<Item> items, boolean reordered) {

    public TimelineStory {
        items = List.copyOf(items);
    }

    /** One line of the story. */
    public sealed interface Item {
    }

    /**
     * A moment: a timeline entry or a milestone.
     *
     * @param sincePrevious time since the previous moment; null for the first
     * @param silence       true when {@code sincePrevious} exceeds the gap threshold
     */
    public sealed interface Moment extends Item {
        Instant time();

        Duration sincePrevious();

        boolean silence();
    }

    public record Event(TimelineEntry entry, Duration sincePrevious, boolean silence) implements Moment {
        @Override
        public Instant time() {
            return entry.time();
        }
    }

    public record Marker(Milestone milestone, Instant time, Duration sincePrevious, boolean silence) implements Moment {
    }

    /** A row whose time could not be read, shown in place. */
    public record Unplaced(TimelineRow.Unreadable row) implements Item {
    }

    /**
     * @param rows         the timeline table's rows in table order
     * @param milestones   moments from the details to merge in; empty to leave them out
     * @param gapThreshold silences longer than this are flagged
     */
    public static TimelineStory compose(List<TimelineRow> rows, Map<Milestone, Instant> milestones,
                                        Duration gapThreshold) {
        Objects.requireNonNull(gapThreshold, "gapThreshold");
        List<TimelineEntry> entries = new ArrayList<>();
        // Unreadable rows ride along after the readable row above them (null: before every entry).
        Map<TimelineEntry, List<TimelineRow.Unreadable>> after = new LinkedHashMap<>();
        List<TimelineRow.Unreadable> leading = new ArrayList<>();
        TimelineEntry previous = null;
        for (TimelineRow row : rows) {
            if (row instanceof TimelineRow.Entry entry) {
                entries.add(entry.entry());
                previous = entry.entry();
            } else if (row instanceof TimelineRow.Unreadable unreadable) {
                if (previous == null) {
                    leading.add(unreadable);
                } else {
                    after.computeIfAbsent(previous, e -> new ArrayList<>()).add(unreadable);
                }
            }
        }
        boolean reordered = false;
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).time().isBefore(entries.get(i - 1).time())) {
                reordered = true;
                break;
            }
        }

        List<Timed> timed = new ArrayList<>();
        milestones.forEach((milestone, time) -> timed.add(new Timed(time, 0, milestone.ordinal(), milestone, null)));
        for (int i = 0; i < entries.size(); i++) {
            timed.add(new Timed(entries.get(i).time(), 1, i, null, entries.get(i)));
        }
        // Stable: by time, a milestone before the entries at the same moment, then table order.
        timed.sort(Comparator.comparing(Timed::time).thenComparingInt(Timed::group).thenComparingInt(Timed::order));

        List<Item> items = new ArrayList<>();
        leading.forEach(row -> items.add(new Unplaced(row)));
        Instant last = null;
        for (Timed moment : timed) {
            Duration since = last == null ? null : Duration.between(last, moment.time());
            boolean silence = since != null && since.compareTo(gapThreshold) > 0;
            if (moment.entry() != null) {
                items.add(new Event(moment.entry(), since, silence));
                after.getOrDefault(moment.entry(), List.of()).forEach(row -> items.add(new Unplaced(row)));
            } else {
                items.add(new Marker(moment.milestone(), moment.time(), since, silence));
            }
            last = moment.time();
        }
        return new TimelineStory(items, reordered);
    }

    private record Timed(Instant time, int group, int order, Milestone milestone, TimelineEntry entry) {
    }
}
