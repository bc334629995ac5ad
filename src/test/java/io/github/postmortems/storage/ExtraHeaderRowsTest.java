package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tables with a title row, a two-row header and group rows: sample extra-header-rows.xml. */
class ExtraHeaderRowsTest {

    private final PageReading reading = new StorageReader()
            .readPage(Samples.read("extra-header-rows.xml"), ReadingContext.inZone(ZoneOffset.UTC));

    private List<Countermeasure> countermeasures() {
        return reading.countermeasures().stream().map(CountermeasureRow::countermeasure).toList();
    }

    private List<TimelineEntry> timeline() {
        return reading.timeline().stream().filter(TimelineRow.Entry.class::isInstance)
                .map(row -> ((TimelineRow.Entry) row).entry()).toList();
    }

    @Test
    void findsTheHeaderBelowATitleRowAndMergesATwoRowHeaderColumnByColumn() {
        List<Countermeasure> read = countermeasures();

        assertEquals(List.of("Cap retries in the payment client", "Review pool sizes in config review",
                "Alert on pool saturation", "Chaos test the failover"), read.stream().map(Countermeasure::text).toList());
        Countermeasure first = read.get(0);
        assertEquals(new UserRef.Named("Anna"), first.owner());
        assertEquals(LocalDate.of(2026, 4, 1), first.due());
        assertEquals("P1", first.priority().code());
        assertEquals(IssueKey.parse("OPS-40"), read.get(1).jiraKeyIfSet());
    }

    @Test
    void typesTheRowsBelowAGroupRowUnlessTheyHaveTheirOwnTypeAndEndsTheGroupAtAnotherHeading() {
        assertEquals(java.util.Arrays.asList(CountermeasureType.PREVENT, CountermeasureType.PROCESS,
                CountermeasureType.DETECT, null), countermeasures().stream().map(Countermeasure::type).toList());
        // Rows are counted as people see them below the header, group rows included.
        assertEquals(List.of(2, 3, 5, 7), countermeasures().stream().map(Countermeasure::row).toList());
    }

    @Test
    void readsADayRowInTheTimelineAsTheDateOfTheTimesBelowIt() {
        List<TimelineEntry> read = timeline();

        assertEquals(List.of(Instant.parse("2026-03-11T23:50:00Z"), Instant.parse("2026-03-12T00:05:00Z"),
                Instant.parse("2026-03-12T00:40:00Z")), read.stream().map(TimelineEntry::time).toList());
        assertEquals(List.of("Pool size change deployed", "Payments fail", "Failover done"),
                read.stream().map(TimelineEntry::text).toList());
        assertEquals(3, reading.timeline().size());
    }

    @Test
    void mergesAGroupHeaderRowAboveTheSubHeadersWithoutWarningsAboutItsLabels() {
        String body = "<table><tbody>"
                + "<tr><th>What</th><th colspan=\"2\">Who and when</th><th>Tracking</th></tr>"
                + "<tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Jira</th></tr>"
                + "<tr><td>Cap retries</td><td>Anna</td><td>2026-04-01</td><td>OPS-41</td></tr>"
                + "</tbody></table>";

        TableReading<CountermeasureRow> table = new StorageReader().readCountermeasures(body,
                ReadingContext.inZone(ZoneOffset.UTC));

        Countermeasure only = table.rows().get(0).countermeasure();
        assertEquals(1, only.row());
        assertEquals(new UserRef.Named("Anna"), only.owner());
        assertEquals(LocalDate.of(2026, 4, 1), only.due());
        assertEquals(IssueKey.parse("OPS-41"), only.jiraKeyIfSet());
        assertEquals(List.of(), table.warnings());
    }

    @Test
    void keepsAFirstDataRowWrittenInHeaderCellsAsData() {
        String body = "<table><tbody>"
                + "<tr><th>Countermeasure</th><th>Owner</th></tr>"
                + "<tr><th>Cap retries</th><th>Anna</th></tr>"
                + "</tbody></table>";

        TableReading<CountermeasureRow> table = new StorageReader().readCountermeasures(body,
                ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(List.of("Cap retries"), table.rows().stream().map(r -> r.countermeasure().text()).toList());
    }

    @Test
    void namesEveryRowItSkippedAndNothingElse() {
        assertEquals(List.of(
                Warning.at(Warning.Location.row(MacroNames.TIMELINE, 0), ColumnLayout.SKIPPED_TITLE,
                        "Timeline of the checkout outage"),
                Warning.at(Warning.Location.row(MacroNames.TIMELINE, 4), TimelineReader.SKIPPED_HEADING, "Recovery"),
                Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, 0), ColumnLayout.SKIPPED_TITLE,
                        "Countermeasures agreed on 12 March"),
                Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, 6), CountermeasuresReader.SKIPPED_HEADING,
                        "Nice to have")), reading.warnings());
    }
}
