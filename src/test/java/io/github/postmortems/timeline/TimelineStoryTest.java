package io.github.postmortems.timeline;

import io.github.postmortems.postmortem.Milestone;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineStoryTest {

    private static final Instant T0 = Instant.parse("2026-10-04T13:39:00Z");
    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);

    @Test
    void sortsEntriesByTimeAndSaysItDid() {
        TimelineStory story = TimelineStory.compose(List.of(entry(1, 20), entry(2, 5), entry(3, 10)), Map.of(),
                THIRTY_MINUTES);
        assertTrue(story.reordered());
        assertEquals(List.of(2, 3, 1), rows(story));
    }

    @Test
    void entriesAlreadyInOrderAreNotReportedAsReordered() {
        TimelineStory story = TimelineStory.compose(List.of(entry(1, 0), entry(2, 0), entry(3, 7)), Map.of(),
                THIRTY_MINUTES);
        assertFalse(story.reordered());
        assertEquals(List.of(1, 2, 3), rows(story));
    }

    @Test
    void measuresTheTimeSinceThePreviousMomentAndFlagsSilencesOverTheThreshold() {
        TimelineStory story = TimelineStory.compose(List.of(entry(1, 0), entry(2, 12), entry(3, 59)), Map.of(),
                THIRTY_MINUTES);
        List<TimelineStory.Moment> moments = moments(story);
        assertNull(moments.get(0).sincePrevious());
        assertEquals(Duration.ofMinutes(12), moments.get(1).sincePrevious());
        assertFalse(moments.get(1).silence());
        assertEquals(Duration.ofMinutes(47), moments.get(2).sincePrevious());
        assertTrue(moments.get(2).silence());
    }

    @Test
    void aSilenceExactlyAtTheThresholdIsNotFlagged() {
        TimelineStory story = TimelineStory.compose(List.of(entry(1, 0), entry(2, 30)), Map.of(), THIRTY_MINUTES);
        assertFalse(moments(story).get(1).silence());
    }

    @Test
    void mergesMilestonesAtTheirTimesBeforeEntriesOfTheSameMoment() {
        TimelineStory story = TimelineStory.compose(List.of(entry(1, 13), entry(2, 20)),
                Map.of(Milestone.START, T0, Milestone.DETECT, T0.plusSeconds(13 * 60)), THIRTY_MINUTES);
        List<TimelineStory.Item> items = story.items();
        assertEquals(Milestone.START, ((TimelineStory.Marker) items.get(0)).milestone());
        assertEquals(Milestone.DETECT, ((TimelineStory.Marker) items.get(1)).milestone());
        assertEquals(1, ((TimelineStory.Event) items.get(2)).entry().row());
        assertEquals(Duration.ZERO, ((TimelineStory.Event) items.get(2)).sincePrevious());
    }

    @Test
    void keepsUnreadableRowsAfterTheRowAboveThemEvenWhenSorting() {
        TimelineRow unreadable = new TimelineRow.Unreadable(3, "yesterday-ish", "someone restarted it", "");
        TimelineRow first = new TimelineRow.Unreadable(1, "??", "before everything", "");
        TimelineStory story = TimelineStory.compose(List.of(first, entry(2, 30), unreadable, entry(4, 10)), Map.of(),
                THIRTY_MINUTES);
        List<TimelineStory.Item> items = story.items();
        assertEquals(1, ((TimelineStory.Unplaced) items.get(0)).row().row());
        assertEquals(4, ((TimelineStory.Event) items.get(1)).entry().row());
        assertEquals(2, ((TimelineStory.Event) items.get(2)).entry().row());
        assertInstanceOf(TimelineStory.Unplaced.class, items.get(3));
        assertEquals(3, ((TimelineStory.Unplaced) items.get(3)).row().row());
    }

    @Test
    void anEmptyTableWithoutMilestonesTellsNothing() {
        assertEquals(List.of(), TimelineStory.compose(List.of(), Map.of(), THIRTY_MINUTES).items());
    }

    private static TimelineRow entry(int row, int minutes) {
        return new TimelineRow.Entry(new TimelineEntry(row, T0.plusSeconds(minutes * 60L), "event " + row, "", null,
                EntryKind.OTHER));
    }

    private static List<Integer> rows(TimelineStory story) {
        return story.items().stream().map(i -> ((TimelineStory.Event) i).entry().row()).toList();
    }

    private static List<TimelineStory.Moment> moments(TimelineStory story) {
        return story.items().stream().map(TimelineStory.Moment.class::cast).toList();
    }
}
