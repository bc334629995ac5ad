package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence becomes an href in the reader's browser, so only links that cannot run script are taken; pages and files
 * are kept by name for the macro to find.
 */
class EvidenceLinksTest {

    private final StorageReader reader = new StorageReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
            "vbscript:msgbox(1)", "//evil.example.com/x"})
    void refusesLinksThatWouldRunScriptOrLeaveWithoutAScheme(String href) {
        TableReading<TimelineRow> table = read(href);
        TimelineRow.Entry entry = (TimelineRow.Entry) table.rows().get(0);
        assertTrue(entry.entry().evidenceIfSet().isEmpty(), href);
        assertEquals("postmortems.timeline.warning.evidence-not-link", table.warnings().get(0).key());
        assertEquals(Warning.Location.cell("incident-timeline", 1, "postmortems.timeline.column.evidence"),
                table.warnings().get(0).where());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://grafana.example.com/d/db", "http://logs.example.com/q?x=1", "mailto:oncall@example.com",
            "/confluence/display/OPS/Runbook"})
    void takesWebLinks(String href) {
        TableReading<TimelineRow> table = read(href);
        assertEquals(href, ((TimelineRow.Entry) table.rows().get(0)).entry().evidence().name());
        assertTrue(table.warnings().isEmpty(), table.warnings().toString());
    }

    @Test
    void readsPagesAttachmentsAndImagesGivenAsEvidenceByName() {
        PageReading reading = reader.readPage(Samples.read("evidence-links.xml"), ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(List.of(), reading.warnings());
        assertEquals(Arrays.asList(
                new Evidence.Page("OPS", "Payments runbook"),
                new Evidence.Page("", "Card network contacts"),
                new Evidence.Attachment("grafana.png", null),
                new Evidence.Attachment("load-test.csv", new Evidence.Page("PERF", "Load test results")),
                new Evidence.Attachment("latency.png", null),
                new Evidence.Web("https://status.example.com/incidents/42.png")),
                entries(reading.timeline()).stream().map(TimelineEntry::evidence).toList());
    }

    @Test
    void keepsALinkedPagesTitleOrTheLinksOwnTextInTheEventText() {
        List<TimelineEntry> timeline = entries(reader.readPage(Samples.read("evidence-links.xml"),
                ReadingContext.inZone(ZoneOffset.UTC)).timeline());

        assertEquals("Declines rise; on-call follows Payments runbook", timeline.get(0).text());
        assertEquals("Card network status checked, see the contacts page", timeline.get(1).text());
    }

    @Test
    void readsRenderedPageLinksAttachmentLinksAndEmbeddedImagesAsLinksOnThisConfluence() {
        TableReading<TimelineRow> table = reader.readTimeline(Samples.read("view-timeline-evidence.html"),
                ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(List.of(), table.warnings());
        assertEquals(List.of(
                new Evidence.Web("/confluence/display/OPS/Payments+runbook"),
                new Evidence.Web("/confluence/download/attachments/98305/latency.png?version=1"
                        + "&modificationDate=1773306000000&api=v2"),
                new Evidence.Web("/confluence/download/attachments/131073/load-test.csv?version=1"
                        + "&modificationDate=1773306000000&api=v2")),
                entries(table.rows()).stream().map(TimelineEntry::evidence).toList());
        assertEquals("On-call follows Payments runbook", entries(table.rows()).get(0).text());
    }

    @Test
    void aLinkToABlogPostIsNotEvidenceWeFollowAndSaysSoNamingThePost() {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th></tr>"
                + "<tr><td>2026-10-04 10:00 UTC</td><td>Announced</td><td><ac:link><ri:blog-post "
                + "ri:content-title=\"Checkout incident notice\" ri:posting-day=\"2026/10/04\" /></ac:link></td></tr>"
                + "</tbody></table>";
        TableReading<TimelineRow> table = reader.readTimeline(body, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(List.of(Warning.at(Warning.Location.cell("incident-timeline", 1,
                "postmortems.timeline.column.evidence"), "postmortems.timeline.warning.evidence-not-link",
                "Checkout incident notice")), table.warnings());
    }

    @Test
    void aLinkToAWholeSpaceReadsAsItsKeyInTheEventAndIsNamedInTheWarningAsEvidence() {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th></tr>"
                + "<tr><td>2026-10-04 10:00 UTC</td><td>Runbooks in <ac:link><ri:space ri:space-key=\"OPS\" />"
                + "</ac:link> checked</td><td><ac:link><ri:space ri:space-key=\"OPS\" /></ac:link></td></tr>"
                + "</tbody></table>";
        TableReading<TimelineRow> table = reader.readTimeline(body, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals("Runbooks in OPS checked", entries(table.rows()).get(0).text());
        assertEquals(List.of(Warning.at(Warning.Location.cell("incident-timeline", 1,
                "postmortems.timeline.column.evidence"), "postmortems.timeline.warning.evidence-not-link", "OPS")),
                table.warnings());
    }

    private static List<TimelineEntry> entries(List<TimelineRow> rows) {
        return rows.stream().filter(TimelineRow.Entry.class::isInstance)
                .map(row -> ((TimelineRow.Entry) row).entry()).toList();
    }

    private TableReading<TimelineRow> read(String href) {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th></tr>"
                + "<tr><td>2026-10-04 10:00 UTC</td><td>Deploy</td><td><a href=\"" + href.replace("\"", "&quot;")
                .replace("<", "&lt;") + "\">graph</a></td></tr></tbody></table>";
        return reader.readTimeline(body, ReadingContext.inZone(ZoneOffset.UTC));
    }
}
