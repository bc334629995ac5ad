package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code samples/other-labels.xml}: a page labelled in people's own words reads as if it used the template's. */
class OtherLabelsTest {

    private final PageReading reading = new StorageReader()
            .readPage(Samples.read("other-labels.xml"), ReadingContext.inZone(ZoneOffset.UTC).withPageTitle("Page"));

    @Test
    void readsEveryDetailUnderItsOtherName() {
        Postmortem postmortem = reading.details().orElseThrow();

        assertEquals("Checkout returned 502s", postmortem.meeting().title());
        assertEquals("SEV2", postmortem.severityIfSet().orElseThrow().code());
        assertEquals(PostmortemStatus.IN_REVIEW, postmortem.status());
        assertEquals(LocalDate.of(2026, 3, 16), postmortem.meeting().meetingDateIfSet().orElseThrow());
        assertEquals(new UserRef.ByKey("key-owner-1"), postmortem.meeting().contactIfSet().orElseThrow());
        assertEquals(new UserRef.ByKey("key-facilitator-1"), postmortem.meeting().facilitatedByIfSet().orElseThrow());
        assertEquals(IssueKey.parse("INC-42"), postmortem.incidentIssueIfSet());
    }

    @Test
    void readsTheIncidentTimesSoTimeOnlyRowsHaveTheirDate() {
        IncidentTimes times = reading.details().orElseThrow().timesIfSet().orElseThrow();

        assertEquals(ZoneId.of("Europe/Berlin"), times.zone());
        assertEquals(Instant.parse("2026-03-12T08:05:00Z"), times.start());
        assertEquals(Instant.parse("2026-03-12T08:07:00Z"), times.at(Milestone.FIRST_USER_IMPACT).orElseThrow());
        assertEquals(Instant.parse("2026-03-12T08:12:00Z"), times.at(Milestone.DETECT).orElseThrow());
        assertEquals(Instant.parse("2026-03-12T08:40:00Z"), times.at(Milestone.HOTFIX).orElseThrow());
        assertEquals(Instant.parse("2026-03-12T09:02:00Z"), times.at(Milestone.END).orElseThrow());
        List<TimelineEntry> timeline = reading.timeline().stream()
                .map(row -> ((TimelineRow.Entry) row).entry()).toList();
        assertEquals(List.of(Instant.parse("2026-03-12T08:05:00Z"), Instant.parse("2026-03-12T08:12:00Z"),
                        Instant.parse("2026-03-12T08:40:00Z"), Instant.parse("2026-03-12T09:02:00Z")),
                timeline.stream().map(TimelineEntry::time).toList());
        assertEquals(List.of(EntryKind.TRIGGER, EntryKind.DETECT, EntryKind.MITIGATE, EntryKind.RESOLVE),
                timeline.stream().map(TimelineEntry::kind).toList());
        assertEquals(new io.github.postmortems.timeline.Evidence.Web("https://grafana.example.com/d/checkout"),
                timeline.get(1).evidence());
    }

    @Test
    void readsCountermeasureColumnsUnderTheirOtherNames() {
        List<Countermeasure> countermeasures =
                reading.countermeasures().stream().map(CountermeasureRow::countermeasure).toList();

        Countermeasure first = countermeasures.get(0);
        assertEquals("Size the pool from measured traffic", first.text());
        assertEquals(new UserRef.ByKey("key-owner-1"), first.owner());
        assertEquals(LocalDate.of(2026, 4, 1), first.dueIfSet().orElseThrow());
        assertEquals("P2", first.priority().code());
        assertEquals(CountermeasureType.PREVENT, first.type());
        assertEquals(IssueKey.parse("OPS-7"), first.jiraKeyIfSet());
        assertEquals(CountermeasureType.DETECT, countermeasures.get(1).type());
    }

    @Test
    void saysWhichRowItCouldNotReadAndWhichFieldsItKnows() {
        assertEquals(List.of(Warning.at(Warning.Location.row(MacroNames.DETAILS, 14), DetailsReader.UNKNOWN_FIELD,
                "Root cause", DetailsReader.KNOWN_FIELDS)), reading.warnings());
    }
}
