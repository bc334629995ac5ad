package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.TimeParser;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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

    private static Warning timeWarning(int row, String key, String... args) {
        return Warning.at(Warning.Location.cell(MacroNames.TIMELINE, row, TimelineColumn.TIME.key()), key, args);
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

    @Test
    void readsDatesAndTimesTypedInGermanFrenchAndEnglishLongFormsAndAfterADatePickersDate() {
        PageReading reading = page("time-formats.xml");

        var times = reading.details().orElseThrow().timesIfSet().orElseThrow();
        assertEquals(Instant.parse("2026-03-12T08:00:00Z"), times.start());
        assertEquals(Instant.parse("2026-03-12T10:30:00Z"), times.at(Milestone.END).orElseThrow());
        List<Instant> expected = new ArrayList<>();
        for (int minute = 5; minute <= 65; minute += 5) {
            expected.add(Instant.parse("2026-03-12T08:00:00Z").plusSeconds(60L * minute));
        }
        assertEquals(expected, times(reading.timeline()));
        assertEquals(List.of(
                timeWarning(11, TimeParser.TEXT_AFTER_TIME, "2026-03-12 09:55 deploy started"),
                timeWarning(13, "postmortems.timeline.warning.wrong-weekday", "Friday, March 12, 2026 10:05 AM"),
                timeWarning(14, "postmortems.timeline.warning.ambiguous-date", "03/04/2026 10:10")),
                reading.warnings());
        assertInstanceOf(TimelineRow.Unreadable.class, reading.timeline().get(13));
    }

    @Test
    void datesTimesWithoutADateFromTheRowsAroundThemWhenTheIncidentHasNoStartAndSaysSoOnceForTheRowsAbove() {
        PageReading reading = page("times-without-date.xml");

        assertEquals(List.of(Instant.parse("2026-03-12T08:50:00Z"), Instant.parse("2026-03-12T08:55:00Z"),
                Instant.parse("2026-03-12T09:00:00Z"), Instant.parse("2026-03-12T09:05:00Z"),
                Instant.parse("2026-03-13T00:10:00Z"), Instant.parse("2026-03-13T00:20:00Z")),
                times(reading.timeline()));
        List<Warning> timelineWarnings = reading.warnings().stream()
                .filter(warning -> warning.where().table().equals(MacroNames.TIMELINE)).toList();
        assertEquals(List.of(timeWarning(1, TimelineReader.DATED_FROM_BELOW, "1", "2", "3")), timelineWarnings);
    }

    /** The start's day without its time of day leaves the incident without times, yet dates the bare times below. */
    @Test
    void datesBareTimesFromAStartTypedAsADayWithoutATimeOfDay() {
        PageReading reading = page("start-date-only.xml");

        assertTrue(reading.details().orElseThrow().timesIfSet().isEmpty());
        assertEquals(List.of(Instant.parse("2026-03-12T07:50:00Z"), Instant.parse("2026-03-12T08:05:00Z")),
                times(reading.timeline()));
        assertEquals(List.of(Warning.at(Warning.Location.cell(MacroNames.DETAILS, 2, DetailsField.START.key()),
                "postmortems.timeline.warning.date-without-time", "12 March 2026")), reading.warnings());
    }
}
