package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence becomes an href in the reader's browser, so only links that cannot run script are taken. */
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
        assertEquals(href, ((TimelineRow.Entry) table.rows().get(0)).entry().evidence().toString());
        assertTrue(table.warnings().isEmpty(), table.warnings().toString());
    }

    private TableReading<TimelineRow> read(String href) {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th></tr>"
                + "<tr><td>2026-10-04 10:00 UTC</td><td>Deploy</td><td><a href=\"" + href.replace("\"", "&quot;")
                .replace("<", "&lt;") + "\">graph</a></td></tr></tbody></table>";
        return reader.readTimeline(body, ReadingContext.inZone(ZoneOffset.UTC));
    }
}
