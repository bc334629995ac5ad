package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the reader makes of the samples of values typed in unusual ways: invisible characters, dates, times. */
class TypedValuesSamplesTest {

    private final StorageReader reader = new StorageReader();
    private final ReadingContext utc = ReadingContext.inZone(ZoneOffset.UTC).withPageTitle("Page title");

    private PageReading page(String sample) {
        return reader.readPage(Samples.read(sample), utc);
    }

    private static List<Instant> times(List<TimelineRow> rows) {
        return rows.stream().filter(TimelineRow.Entry.class::isInstance)
                .map(row -> ((TimelineRow.Entry) row).entry()).map(TimelineEntry::time).toList();
    }

    @Test
    void readsTimesCodesAndKeysPastDirectionMarksZeroWidthCharactersAndNoBreakSpaces() {
        PageReading reading = page("invisible-characters.xml");

        assertEquals(List.of(), reading.warnings());
        Postmortem postmortem = reading.details().orElseThrow();
        assertEquals("\u200FCheckout errors\u200D", postmortem.meeting().title());
        assertEquals("SEV2", postmortem.severityIfSet().orElseThrow().code());
        assertEquals(PostmortemStatus.IN_REVIEW, postmortem.status());
        assertEquals(Instant.parse("2026-03-02T08:15:00Z"), postmortem.timesIfSet().orElseThrow().start());
        assertEquals(IssueKey.parse("INC-42"), postmortem.incidentIssueIfSet());
        assertEquals(List.of(Instant.parse("2026-03-02T08:15:00Z"), Instant.parse("2026-03-02T08:31:00Z"),
                Instant.parse("2026-03-02T08:40:00Z")), times(reading.timeline()));
        Countermeasure alert = reading.countermeasures().get(0).countermeasure();
        assertEquals(LocalDate.of(2026, 4, 1), alert.dueIfSet().orElseThrow());
        assertEquals("P1", alert.priorityIfSet().orElseThrow().code());
        assertEquals(IssueKey.parse("OPS-101"), alert.jiraKeyIfSet());
    }
}
