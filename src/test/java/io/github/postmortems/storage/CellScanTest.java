package io.github.postmortems.storage;

import io.github.postmortems.timeline.TimelineRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellScanTest {

    private static final String TIMELINE = "<div class=\"table-wrap\"><table class=\"confluenceTable\"><tbody>"
            + "<tr><th class=\"confluenceTh\">Time</th><th class=\"confluenceTh\">Event</th></tr>"
            + "<tr><td class=\"confluenceTd\" title=\"a > b\">2026-10-04 10:00 UTC</td>"
            + "<td class=\"confluenceTd\"><p><a class=\"confluence-userlink\" data-username=\"jdoe\" href=\"/display/~jdoe\">"
            + "Jo Doe</a>&nbsp;rolled back <code>api &amp; worker</code></p></td></tr>"
            + "<tr><td>2026-10-04 10:05 UTC</td><td/></tr></tbody></table></div>";

    @Test
    void cutsEachCellsMarkupFromTheTextAsWritten() {
        TimelineRow.Entry first = (TimelineRow.Entry) read(TIMELINE).get(0);
        assertEquals("<p><a class=\"confluence-userlink\" data-username=\"jdoe\" href=\"/display/~jdoe\">Jo Doe</a>"
                + "&nbsp;rolled back <code>api &amp; worker</code></p>", first.entry().richText());
    }

    @Test
    void findsEveryCellOfTheTableIncludingEmptyOnes() {
        Element table = Jsoup.parse(TIMELINE, "", Parser.xmlParser()).selectFirst("table");
        assertEquals(6, CellScan.of(TIMELINE, table).orElseThrow().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<table><tr><td>10:00</td><td>a<td>b</td></tr></table>",
            "<table><tr><td>10:00</td><td><table><tr><td>x</td></tr></table></td></tr></table>",
            "<table><tr><td>10:00</td><td><!-- <td> -->a</td></tr></table>",
            "<table><tr><td>10:00</td><td><![CDATA[x]]></td></tr></table>"})
    void cannotTellForMarkupConfluenceDoesNotRenderAndTheReaderSerializesInstead(String markup) {
        Element table = Jsoup.parse(markup, "", Parser.xmlParser()).selectFirst("table");
        assertTrue(CellScan.of(markup, table).isEmpty());
    }

    @Test
    void aCellEndWrittenInsideAnAttributeValueIsPartOfThatValue() {
        String cell = "<a title=\"</td> is a cell end\" href=\"https://logs.example.com\">logs</a> rolled back";
        String body = "<table><tr><th>Time</th><th>Event</th></tr><tr><td>2026-10-04 10:00 UTC</td><td>" + cell
                + "</td></tr></table>";

        assertEquals(cell, ((TimelineRow.Entry) read(body).get(0)).entry().richText());
    }

    @Test
    void readsTheSameTextWhicheverWayTheMarkupCame() {
        String serializedCells = TIMELINE.replace("<table", "<!-- no scan --><table");
        List<TimelineRow> scanned = read(TIMELINE);
        List<TimelineRow> serialized = read(serializedCells);
        assertEquals(((TimelineRow.Entry) serialized.get(0)).entry().text(),
                ((TimelineRow.Entry) scanned.get(0)).entry().text());
    }

    private static List<TimelineRow> read(String body) {
        return new StorageReader().readTimeline(body, ReadingContext.inZone(ZoneOffset.UTC)).rows();
    }
}
