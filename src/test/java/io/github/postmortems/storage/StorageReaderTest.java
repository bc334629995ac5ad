package io.github.postmortems.storage;

import io.github.postmortems.timeline.TimelineRow;
import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reader makes of each sample under {@code src/test/resources/samples/}. */
class StorageReaderTest {

    private final StorageReader reader = new StorageReader();
    private final ReadingContext utc = ReadingContext.inZone(ZoneOffset.UTC).withPageTitle("Page title");

    private PageReading page(String sample) {
        return reader.readPage(Samples.read(sample), utc);
    }

    private static Warning.Location cell(String table, int row, String column) {
        return Warning.Location.cell(table, row, column);
    }

    private static void assertWarning(List<Warning> warnings, String key, Warning.Location where) {
        assertTrue(warnings.stream().anyMatch(w -> w.key().equals(key) && w.where().equals(where)),
                () -> "expected " + key + " at " + where + " in " + warnings);
    }

    private static List<TimelineEntry> entries(List<TimelineRow> rows) {
        return rows.stream().filter(TimelineRow.Entry.class::isInstance)
                .map(row -> ((TimelineRow.Entry) row).entry()).toList();
    }

    @Test
    void readsEveryFieldOfAFullPageInTheIncidentsOwnZone() {
        PageReading reading = page("full-page.xml");

        assertEquals(List.of(), reading.warnings());
        Postmortem postmortem = reading.details().orElseThrow();
        assertEquals("Checkout outage after database failover", postmortem.meeting().title());
        assertEquals("SEV2", postmortem.severityIfSet().orElseThrow().code());
        assertEquals(PostmortemStatus.IN_REVIEW, postmortem.status());
        var times = postmortem.timesIfSet().orElseThrow();
        assertEquals(ZoneId.of("Europe/Berlin"), times.zone());
        assertEquals(Instant.parse("2026-10-04T13:39:00Z"), times.start());
        assertEquals(Instant.parse("2026-10-04T13:41:00Z"), times.at(Milestone.FIRST_USER_IMPACT).orElseThrow());
        assertEquals(Duration.ofMinutes(6), times.timeToDetect().orElseThrow());
        assertEquals(Duration.ofHours(1), times.totalImpact().orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 8), postmortem.meeting().meetingDateIfSet().orElseThrow());
        assertEquals(new UserRef.ByKey("8a7f808a6a1b2c3d016a1b2c3d4e0003"),
                postmortem.meeting().facilitatedByIfSet().orElseThrow());
        assertEquals(IssueKey.parse("INC-42"), postmortem.incidentIssueIfSet());
        assertEquals(List.of("database", "outage", "payments"), postmortem.tags().values());
    }

    @Test
    void readsTimelineTimesWithoutDateOnTheIncidentStartDateInItsZone() {
        List<TimelineEntry> timeline = entries(page("full-page.xml").timeline());

        assertEquals(4, timeline.size());
        TimelineEntry detect = timeline.get(1);
        assertEquals(Instant.parse("2026-10-04T13:45:00Z"), detect.time());
        assertEquals(EntryKind.DETECT, detect.kind());
        assertEquals(new Evidence.Web("https://chat.example.com/archives/C1/p1791121500"),
                detect.evidenceIfSet().orElseThrow());
        assertTrue(detect.richText().contains("<code>checkout-5xx</code>"), detect.richText());
        assertTrue(detect.text().startsWith("Alert checkout-5xx pages"), detect.text());
    }

    @Test
    void recordsWhereEachCountermeasuresJiraCellIsSoAKeyCanBeWrittenBack() {
        String storage = Samples.read("full-page.xml");
        List<CountermeasureRow> rows = reader.readPage(storage, utc).countermeasures();

        assertEquals(3, rows.size());
        Countermeasure first = rows.get(0).countermeasure();
        assertEquals(IssueKey.parse("OPS-101"), first.jiraKeyIfSet());
        assertEquals(LocalDate.of(2026, 11, 1), first.due());
        assertEquals(CountermeasureType.DETECT, first.type());
        assertEquals(new UserRef.Named("Platform team"), rows.get(2).countermeasure().owner());
        SourceSpan emptyJira = rows.get(1).jiraCellSpanIfKnown().orElseThrow();
        assertEquals("", emptyJira.of(storage));
        assertTrue(rows.get(0).jiraCellSpanIfKnown().orElseThrow().of(storage).contains("OPS-101"));
        String row = rows.get(2).rowSpanIfKnown().orElseThrow().of(storage);
        assertTrue(row.startsWith("<tr>") && row.endsWith("</tr>") && row.contains("game day"), row);
    }

    @Test
    void readsACellNestingFiftyThousandElementsWithoutRunningOutOfStack() {
        int levels = 50_000 / 3;
        String title = "<span><b><ac:link>".repeat(levels) + "Deep title" + "</ac:link></b></span>".repeat(levels);
        String page = details("<tr><th>Title</th><td>" + title + "</td></tr>"
                + "<tr><th>Start</th><td>2026-10-04 15:39</td></tr><tr><th>Contact</th><td>" + title + "</td></tr>");

        PageReading reading = new StorageReader().readPage(page, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals("Deep title", reading.details().orElseThrow().meeting().title());
    }

    @Test
    void readsContentLongerThanTheCapUpToTheCapAndSaysSo() {
        String page = details("<tr><th>Title</th><td>Checkout outage</td></tr>") + "<ac:structured-macro "
                + "ac:name=\"code\"><ac:plain-text-body><![CDATA[" + "x".repeat(StorageReader.MAX_MARKUP_CHARS)
                + "]]></ac:plain-text-body></ac:structured-macro>";

        PageReading reading = new StorageReader().readPage(page, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals("Checkout outage", reading.details().orElseThrow().meeting().title());
        assertTrue(reading.warnings().stream().anyMatch(w -> w.key().equals(StorageReader.TOO_LARGE)));
    }

    @Test
    void readsTheFirstRowsOfAVeryLongTableAndSaysSo() {
        StringBuilder rows = new StringBuilder("<tr><th>Countermeasure</th><th>Owner</th></tr>");
        for (int i = 0; i < TableGrid.MAX_ROWS + 5; i++) {
            rows.append("<tr><td>Countermeasure ").append(i).append("</td><td>Jo</td></tr>");
        }
        TableReading<CountermeasureRow> reading = new StorageReader().readCountermeasures(
                "<table>" + rows + "</table>", ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(TableGrid.MAX_ROWS - 1, reading.rows().size(), "the header is one of the rows read");
        assertTrue(reading.warnings().stream().anyMatch(w -> w.key().equals(StorageReader.TOO_MANY_ROWS)));
    }

    private static String details(String rows) {
        return "<ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body><table>" + rows
                + "</table></ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void readsAMinimalPageWithTitleAndStartOnly() {
        PageReading reading = page("minimal.xml");

        assertEquals(List.of(), reading.warnings());
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), reading.details().orElseThrow().timesIfSet().orElseThrow().start());
        assertEquals(1, reading.timeline().size());
        assertEquals(List.of(), reading.countermeasures());
    }

    @Test
    void readsGermanLabelsStatusesKindsAndDates() {
        PageReading reading = page("german-labels.xml");

        assertEquals(List.of(), reading.warnings());
        Postmortem postmortem = reading.details().orElseThrow();
        assertEquals("SEV1", postmortem.severityIfSet().orElseThrow().code());
        assertEquals(PostmortemStatus.IN_REVIEW, postmortem.status());
        assertEquals(Instant.parse("2026-10-04T15:05:00Z"), postmortem.timesIfSet().orElseThrow().at(Milestone.END).orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 8), postmortem.meeting().meetingDate());
        assertEquals(EntryKind.TRIGGER, entries(reading.timeline()).get(0).kind());
        Countermeasure countermeasure = reading.countermeasures().get(0).countermeasure();
        assertEquals(new UserRef.ByUsername("mmueller"), countermeasure.owner());
        assertEquals(LocalDate.of(2026, 10, 4), countermeasure.due());
        assertEquals(CountermeasureType.DETECT, countermeasure.type());
        assertEquals(IssueKey.parse("PAY-12"), countermeasure.jiraKeyIfSet());
    }

    @Test
    void readsFrenchLabelsAndTimesWrittenWithH() {
        PageReading reading = page("french-labels.xml");

        assertEquals(List.of(), reading.warnings());
        Postmortem postmortem = reading.details().orElseThrow();
        assertEquals(PostmortemStatus.PUBLISHED, postmortem.status());
        assertEquals(Duration.ofMinutes(26), postmortem.timesIfSet().orElseThrow().totalImpact().orElseThrow());
        assertEquals(Instant.parse("2026-10-04T13:39:00Z"), entries(reading.timeline()).get(0).time());
        Countermeasure countermeasure = reading.countermeasures().get(0).countermeasure();
        assertEquals(LocalDate.of(2026, 10, 12), countermeasure.due());
        assertEquals(CountermeasureType.PREVENT, countermeasure.type());
    }

    @Test
    void decodesHtmlEntitiesInTextButKeepsThemInRichText() {
        PageReading reading = page("entities.xml");

        assertEquals(List.of(), reading.warnings());
        assertEquals("Payments \u2014 outage & recovery <EU>", reading.details().orElseThrow().meeting().title());
        TimelineEntry entry = entries(reading.timeline()).get(0);
        assertEquals("Caf\u00e9 \u201ccheckout\u201d \u2026 failed \u2013 50 % errors", entry.text());
        assertTrue(entry.richText().contains("&ldquo;"), entry.richText());
    }

    @Test
    void readsLegacyUsernameMentionsAndLegacyMacroElements() {
        PageReading reading = page("legacy-usernames.xml");

        var meeting = reading.details().orElseThrow().meeting();
        assertEquals(new UserRef.ByUsername("jdoe"), meeting.contact());
        assertEquals(new UserRef.ByUsername("asmith"), meeting.createdBy());
        assertEquals(new UserRef.Named("Bob from SRE"), meeting.facilitatedBy());
        assertEquals(new UserRef.ByUsername("jdoe"), reading.countermeasures().get(0).countermeasure().owner());
        assertEquals(List.of(Warning.at(cell(MacroNames.COUNTERMEASURES, 1, "postmortems.countermeasure.column.owner"),
                "postmortems.storage.warning.several-users", "jdoe and asmith")), reading.warnings());
    }

    @Test
    void findsJiraKeysInMacrosLinksAndTextAndReportsCellsWithout() {
        PageReading reading = page("jira-in-cells.xml");

        assertEquals(IssueKey.parse("INC-7"), reading.details().orElseThrow().incidentIssueIfSet());
        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3", "OPS-4"), reading.countermeasures().stream()
                .flatMap(row -> row.countermeasure().jiraKeyIfSet().stream()).map(IssueKey::toString).toList());
        assertEquals(5, reading.countermeasures().size());
        assertEquals(List.of(Warning.at(cell(MacroNames.COUNTERMEASURES, 5, "postmortems.countermeasure.column.jira"),
                "postmortems.storage.warning.not-an-issue", "TBD")), reading.warnings());
    }

    @Test
    void readsCdataInCellsAndMacroBodiesStoredAsPlainText() {
        String storage = Samples.read("cdata-body.xml");
        PageReading reading = reader.readPage(storage, utc);

        assertEquals(List.of(), reading.warnings());
        assertTrue(entries(reading.timeline()).get(0).text().endsWith("kubectl rollout undo deploy/checkout <now>"));
        CountermeasureRow row = reading.countermeasures().get(0);
        assertEquals(IssueKey.parse("OPS-9"), row.countermeasure().jiraKeyIfSet());
        assertEquals("OPS-9", row.jiraCellSpanIfKnown().orElseThrow().of(storage));
    }

    @Test
    void readsTimesAndKindsThroughNestedFormatting() {
        TimelineEntry entry = entries(page("nested-formatting.xml").timeline()).get(0);

        assertEquals(Instant.parse("2026-10-04T15:39:00Z"), entry.time());
        assertEquals(EntryKind.TRIGGER, entry.kind());
        assertEquals("Config push changed max_conns to 0 all pods all regions", entry.text());
    }

    @Test
    void readsAConfluenceStatusMacroInACellAsItsTitle() {
        PageReading reading = page("status-macros.xml");

        assertEquals(List.of(), reading.warnings());
        assertEquals("SEV1", reading.details().orElseThrow().severityIfSet().orElseThrow().code());
        assertEquals(io.github.postmortems.postmortem.PostmortemStatus.IN_REVIEW,
                reading.details().orElseThrow().status());
        assertEquals(EntryKind.TRIGGER, entries(reading.timeline()).get(0).kind());
        var countermeasure = reading.countermeasures().get(0).countermeasure();
        assertEquals("P2", countermeasure.priorityIfSet().orElseThrow().code());
        assertEquals(io.github.postmortems.countermeasure.CountermeasureType.PREVENT,
                countermeasure.typeIfSet().orElseThrow());
    }

    @Test
    void skipsEmptyRowsSilentlyButKeepsRowNumbersAsPeopleCountThem() {
        PageReading reading = page("empty-rows.xml");

        assertEquals(List.of(), reading.warnings());
        assertEquals(List.of(1, 4), reading.timeline().stream().map(TimelineRow::row).toList());
        assertEquals(Instant.parse("2026-10-04T15:50:00Z"), entries(reading.timeline()).get(1).time());
        assertEquals(1, reading.countermeasures().size());
        assertEquals(2, reading.countermeasures().get(0).countermeasure().row());
    }

    @Test
    void repeatsRowSpannedCellsAndReadsColumnSpannedCellsAsOneValue() {
        PageReading reading = page("merged-cells.xml");

        assertEquals(List.of(), reading.warnings());
        assertEquals("Merged cells everywhere", reading.details().orElseThrow().meeting().title());
        List<TimelineEntry> timeline = entries(reading.timeline());
        assertEquals(EntryKind.IMPACT, timeline.get(1).kind());
        assertEquals(timeline.get(0).evidence(), timeline.get(1).evidence());
        assertEquals("Consumers scaled out by hand", timeline.get(2).text());
        assertEquals(EntryKind.OTHER, timeline.get(2).kind());
        Countermeasure second = reading.countermeasures().get(1).countermeasure();
        assertEquals(new UserRef.ByKey("key-owner-1"), second.owner());
        assertEquals("P2", second.priority().code());
        assertEquals(CountermeasureType.DETECT, second.type());
        assertEquals(IssueKey.parse("OPS-21"), second.jiraKeyIfSet());
    }

    @Test
    void readsTablesWithoutRecognizableHeaderInTheDocumentedOrderAndSaysSo() {
        PageReading reading = page("no-header.xml");

        assertEquals(2, reading.timeline().size());
        assertEquals(new Evidence.Web("https://logs.example.com/q?id=1"),
                entries(reading.timeline()).get(1).evidence());
        Countermeasure countermeasure = reading.countermeasures().get(0).countermeasure();
        assertEquals(IssueKey.parse("OPS-5"), countermeasure.jiraKeyIfSet());
        assertEquals(1, countermeasure.row());
        assertEquals(List.of(
                Warning.at(Warning.Location.row(MacroNames.TIMELINE, 0), "postmortems.storage.warning.no-header"),
                Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, 0),
                        "postmortems.storage.warning.unknown-header")), reading.warnings());
    }

    @Test
    void reportsTimesOutOfOrderAtTheRowsThatAreOff() {
        PageReading reading = page("out-of-order.xml");

        assertEquals(List.of(
                new Warning("postmortems.details.warning.order",
                        List.of("postmortems.details.field.detect", "postmortems.details.field.start"),
                        cell(MacroNames.DETAILS, 3, "postmortems.details.field.detect")),
                Warning.at(cell(MacroNames.TIMELINE, 3, "postmortems.timeline.column.time"),
                        "postmortems.timeline.warning.order", "2")), reading.warnings());
        assertTrue(reading.details().orElseThrow().timesIfSet().orElseThrow().timeToDetect().isEmpty());
    }

    @Test
    void turnsEveryUnreadableCellIntoAWarningAndReadsTheRest() {
        PageReading reading = page("unparsable.xml");
        List<Warning> warnings = reading.warnings();

        Postmortem postmortem = reading.details().orElseThrow();
        assertTrue(postmortem.timesIfSet().isEmpty());
        assertEquals("Everything typed wrong", postmortem.meeting().title());
        assertWarning(warnings, "postmortems.details.warning.unknown-field", Warning.Location.row(MacroNames.DETAILS, 7));
        assertWarning(warnings, "postmortems.details.warning.unknown-severity",
                cell(MacroNames.DETAILS, 2, "postmortems.details.field.severity"));
        assertWarning(warnings, "postmortems.timeline.warning.unreadable-time",
                cell(MacroNames.DETAILS, 4, "postmortems.details.field.start"));
        assertWarning(warnings, "postmortems.timeline.warning.ambiguous-date",
                cell(MacroNames.TIMELINE, 1, "postmortems.timeline.column.time"));
        assertWarning(warnings, "postmortems.timeline.warning.no-such-time",
                cell(MacroNames.TIMELINE, 2, "postmortems.timeline.column.time"));
        assertWarning(warnings, "postmortems.timeline.warning.ambiguous-zone",
                cell(MacroNames.TIMELINE, 3, "postmortems.timeline.column.time"));
        assertWarning(warnings, "postmortems.timeline.warning.unknown-kind",
                cell(MacroNames.TIMELINE, 4, "postmortems.timeline.column.kind"));
        assertWarning(warnings, "postmortems.countermeasure.warning.unknown-priority",
                cell(MacroNames.COUNTERMEASURES, 1, "postmortems.countermeasure.column.priority"));
        assertWarning(warnings, "postmortems.countermeasure.warning.missing-text",
                cell(MacroNames.COUNTERMEASURES, 2, "postmortems.countermeasure.column.text"));
        assertWarning(warnings, "postmortems.timeline.warning.no-such-date",
                cell(MacroNames.COUNTERMEASURES, 3, "postmortems.countermeasure.column.due"));
        assertEquals(16, warnings.size(), warnings::toString);

        TimelineRow unreadable = reading.timeline().get(0);
        assertEquals(new TimelineRow.Unreadable(1, "04/10/2026 15:39", "Ambiguous date", "Ambiguous date"), unreadable);
        assertInstanceOf(TimelineRow.Entry.class, reading.timeline().get(3));
        assertEquals(List.of(1, 3), reading.countermeasures().stream().map(row -> row.countermeasure().row()).toList());
    }

    @Test
    void readsWhatItCanOfGarbageAndNamesTheProblems() {
        PageReading reading = page("garbage.xml");

        assertEquals(List.of(1, 2, 3, 4), reading.timeline().stream().map(TimelineRow::row).toList());
        assertEquals("Cell without end tags", entries(reading.timeline()).get(0).text());
        assertInstanceOf(TimelineRow.Unreadable.class, reading.timeline().get(3));
        assertWarning(reading.warnings(), "postmortems.storage.warning.duplicate-macro",
                Warning.Location.row(MacroNames.TIMELINE, 0));
        assertWarning(reading.warnings(), "postmortems.storage.warning.extra-table",
                Warning.Location.row(MacroNames.TIMELINE, 0));
        assertWarning(reading.warnings(), "postmortems.storage.warning.no-table",
                Warning.Location.row(MacroNames.COUNTERMEASURES, 0));
        assertFalse(reading.isPostmortem() && reading.details().isPresent());
    }

    @Test
    void readsAViewHtmlTimelineBodyWithMentionsRenderedIssuesAndTimeElements() {
        TableReading<TimelineRow> reading = reader.readTimeline(Samples.read("view-timeline.html"), utc);

        assertEquals(List.of(), reading.warnings());
        List<TimelineEntry> timeline = entries(reading.rows());
        assertEquals(Instant.parse("2026-10-04T15:39:00Z"), timeline.get(0).time());
        assertEquals("Jo Doe rolled back OPS-77", timeline.get(0).text());
        assertEquals(EntryKind.MITIGATE, timeline.get(0).kind());
        assertEquals(new Evidence.Web("https://grafana.example.com/d/abc"), timeline.get(0).evidence());
        assertEquals("Recovered fully", timeline.get(1).text());
    }

    @Test
    void readsAViewHtmlCountermeasuresBodyWithUserLinksAndRenderedIssues() {
        String body = Samples.read("view-countermeasures.html");
        TableReading<CountermeasureRow> reading = reader.readCountermeasures(body, utc);

        assertEquals(List.of(), reading.warnings());
        Countermeasure first = reading.rows().get(0).countermeasure();
        assertEquals(new UserRef.ByKey("8a7f808a6a1b2c3d016a1b2c3d4e0002"), first.owner());
        assertEquals(LocalDate.of(2026, 11, 20), first.due());
        assertEquals(IssueKey.parse("OPS-88"), first.jiraKeyIfSet());
        Countermeasure second = reading.rows().get(1).countermeasure();
        assertEquals(new UserRef.ByUsername("b\u00e4r"), second.owner());
        assertEquals(IssueKey.parse("OPS-89"), second.jiraKeyIfSet());
        assertTrue(reading.rows().get(1).jiraCellSpanIfKnown().orElseThrow().of(body).contains("browse/OPS-89"));
    }

    @Test
    void fallsBackToThePageTitleWhenTheDetailsHaveNone() {
        String body = "<table><tr><td>Start</td><td>2026-10-04 15:39</td></tr></table>";

        DetailsReading withTitle = reader.readDetails(body, utc);
        DetailsReading without = reader.readDetails(body, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals("Page title", withTitle.postmortem().orElseThrow().meeting().title());
        assertWarning(withTitle.warnings(), "postmortems.details.warning.missing-title",
                Warning.Location.row(MacroNames.DETAILS, 0));
        assertTrue(without.postmortem().isEmpty());
        assertWarning(without.warnings(), "postmortems.details.warning.untitled",
                Warning.Location.row(MacroNames.DETAILS, 0));
    }

    @Test
    void reportsAMissingStartAndKeepsThePostmortemWithoutTimes() {
        DetailsReading reading = reader.readDetails("<table><tr><td>Title</td><td>No times</td></tr></table>", utc);

        assertTrue(reading.postmortem().orElseThrow().timesIfSet().isEmpty());
        assertEquals(List.of(Warning.at(Warning.Location.row(MacroNames.DETAILS, 0),
                "postmortems.details.warning.missing-start")), reading.warnings());
    }

    @Test
    void readsTheTimelineOfAPageWithoutDetailsInTheCallersZone() {
        ReadingContext berlin = ReadingContext.inZone(ZoneId.of("Europe/Berlin"));
        TableReading<TimelineRow> reading = reader.readTimeline(
                "<table><tr><th>Time</th><th>Event</th></tr><tr><td>2026-01-15 10:00</td><td>x</td></tr></table>",
                berlin);

        assertEquals(Instant.parse("2026-01-15T09:00:00Z"), entries(reading.rows()).get(0).time());
    }
}
