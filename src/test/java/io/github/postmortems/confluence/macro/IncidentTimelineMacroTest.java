package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IncidentTimelineMacroTest {

    private static final String TWO_ENTRIES_47_MINUTES_APART = "<table><tbody><tr><th>Time</th><th>Event</th></tr>"
            + "<tr><td>2026-10-04 10:00 UTC</td><td>Deploy</td></tr>"
            + "<tr><td>2026-10-04 10:47 UTC</td><td>Rollback</td></tr></tbody></table>";

    private final MacroFixture fixture = new MacroFixture();

    @Test
    void mergesTheDetailsMilestonesInAtTheirTimes() {
        Document timeline = render("full-page.xml", Map.of());
        List<String> lines = timeline.select(".pm-timeline__item").eachText();
        assertEquals(10, lines.size(), lines.toString());
        List<String> milestones = timeline.select(".pm-timeline__item--milestone .pm-timeline__text").eachText();
        assertEquals(List.of("Start", "First user impact", "Detected", "First user report", "Hotfix", "End"), milestones);
        Element first = timeline.selectFirst(".pm-timeline__item");
        assertTrue(first.hasClass("pm-milestone-start"), first.className());
    }

    @Test
    void showsEachEntryWithItsTimeElapsedTimeKindAndEvidence() {
        Document timeline = render("full-page.xml", Map.of("showMilestones", "false"));
        Element detect = timeline.select(".pm-timeline__item--event").get(1);
        assertEquals("9:45 AM", detect.selectFirst("time").text(), "the viewer reads in New York");
        assertEquals("2026-10-04T13:45:00Z", detect.selectFirst("time").attr("datetime"));
        assertEquals("+6 min", detect.selectFirst(".pm-timeline__elapsed").text());
        assertEquals("Detect", detect.selectFirst(".pm-timeline__kind").text());
        assertTrue(detect.hasClass("pm-kind-detect"));
        assertEquals("https://chat.example.com/archives/C1/p1791121500",
                detect.selectFirst(".pm-timeline__evidence").attr("href"));
        assertEquals("Oct 4, 2026 \u00b7 EDT", timeline.selectFirst(".pm-timeline__day").text());
    }

    /** A page's details with a Title row or without one, the incident starting at {@code start} (UTC). */
    private static String details(boolean titled, String start) {
        return "<table><tbody>" + (titled ? "<tr><th>Title</th><td>Checkout outage</td></tr>" : "")
                + "<tr><th>Time zone</th><td>UTC</td></tr>"
                + "<tr><th>Start</th><td>2026-10-04 " + start + "</td></tr>"
                + "<tr><th>End</th><td>2026-10-04 12:00</td></tr></tbody></table>";
    }

    private static String page(String detailsTable) {
        return "<ac:structured-macro ac:name=\"postmortem-details\" ac:schema-version=\"1\"><ac:rich-text-body>"
                + detailsTable + "</ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"incident-timeline\" ac:schema-version=\"1\"><ac:rich-text-body>"
                + TWO_ENTRIES_47_MINUTES_APART + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static List<String> milestoneTimes(String timeline) {
        return html(timeline).select(".pm-timeline__item--milestone time").eachAttr("datetime");
    }

    /**
     * The details card above the timeline has read the incident's times from its body: the timeline takes them from
     * it rather than reading the page's storage again (in a preview the card's body is the newer of the two, and the
     * timeline then agrees with the card shown above it). Without the card first, the storage is read.
     */
    @Test
    void takesTheIncidentsTimesFromTheDetailsCardRenderedBeforeIt() {
        StorageReader reader = spy(new StorageReader());
        IncidentTimelineMacro macro = new IncidentTimelineMacro(fixture.viewers(), new ShowTimeline(reader),
                fixture.evidence(), fixture.templates());
        String storage = page(details(true, "09:30"));

        ConversionContext render = MacroFixture.render(storage);
        fixture.detailsMacro().execute(Map.of(), details(true, "09:45"), render);
        assertEquals(List.of("2026-10-04T09:45:00Z", "2026-10-04T12:00:00Z"),
                milestoneTimes(macro.execute(Map.of(), TWO_ENTRIES_47_MINUTES_APART, render)));
        verify(reader, times(0)).readPageIncidentTimes(any(), any());

        assertEquals(List.of("2026-10-04T09:30:00Z", "2026-10-04T12:00:00Z"), milestoneTimes(
                macro.execute(Map.of(), TWO_ENTRIES_47_MINUTES_APART, MacroFixture.render(storage))));
        verify(reader, times(1)).readPageIncidentTimes(any(), any());
    }

    /** A timeline reading its times in a zone of its own reads the page's details itself, in that zone. */
    @Test
    void aTimelineWithAZoneOfItsOwnReadsTheDetailsItself() {
        StorageReader reader = spy(new StorageReader());
        IncidentTimelineMacro macro = new IncidentTimelineMacro(fixture.viewers(), new ShowTimeline(reader),
                fixture.evidence(), fixture.templates());
        ConversionContext render = MacroFixture.render(page(details(true, "09:30")));
        fixture.detailsMacro().execute(Map.of(), details(true, "09:45"), render);

        macro.execute(Map.of("timezone", "Europe/Berlin"), TWO_ENTRIES_47_MINUTES_APART, render);
        verify(reader, times(1)).readPageIncidentTimes(any(), any());
    }

    /**
     * Details without a Title row take the page's title, for the timeline as for the card: the incident's milestones
     * are shown whether or not the card came first (the timeline read no times from such details before).
     */
    @Test
    void detailsWithoutATitleRowStillGiveTheTimelineItsMilestones() {
        String storage = page(details(false, "09:30"));
        List<String> expected = List.of("2026-10-04T09:30:00Z", "2026-10-04T12:00:00Z");

        assertEquals(expected, milestoneTimes(fixture.timelineMacro().execute(Map.of(), TWO_ENTRIES_47_MINUTES_APART,
                MacroFixture.render(storage))));
        ConversionContext render = MacroFixture.render(storage);
        fixture.detailsMacro().execute(Map.of(), details(false, "09:30"), render);
        assertEquals(expected, milestoneTimes(fixture.timelineMacro().execute(Map.of(), TWO_ENTRIES_47_MINUTES_APART,
                render)));
    }

    @Test
    void readsThePagesDetailsOncePerRenderHoweverManyTimelinesThePageHas() {
        StorageReader reader = spy(new StorageReader());
        IncidentTimelineMacro macro = new IncidentTimelineMacro(fixture.viewers(), new ShowTimeline(reader),
                fixture.evidence(), fixture.templates());
        String page = sample("full-page.xml");
        String body = body(page, "incident-timeline");
        ConversionContext render = MacroFixture.render(page);

        String first = macro.execute(Map.of(), body, render);
        String second = macro.execute(Map.of(), body, render);
        verify(reader, times(1)).readPageIncidentTimes(any(), any());
        assertEquals(first, second);

        macro.execute(Map.of(), body, MacroFixture.render(page));
        verify(reader, times(2)).readPageIncidentTimes(any(), any());
    }

    @Test
    void aTimelineInAnotherZoneOnTheSamePageReadsTheDetailsInItsOwnZone() {
        StorageReader reader = spy(new StorageReader());
        IncidentTimelineMacro macro = new IncidentTimelineMacro(fixture.viewers(), new ShowTimeline(reader),
                fixture.evidence(), fixture.templates());
        String page = sample("full-page.xml");
        ConversionContext render = MacroFixture.render(page);
        macro.execute(Map.of(), body(page, "incident-timeline"), render);
        macro.execute(Map.of("timezone", "Asia/Tokyo"), body(page, "incident-timeline"), render);
        verify(reader, times(2)).readPageIncidentTimes(any(), any());
    }

    @Test
    void rendersTheSameTimelineWithTheDetailsKeptFromEarlierInTheRenderAsReadAfresh() {
        String page = sample("full-page.xml");
        String body = body(page, "incident-timeline");
        ConversionContext render = MacroFixture.render(page);
        fixture.timelineMacro().execute(Map.of(), body, render);
        String kept = fixture.timelineMacro().execute(Map.of(), body, render);
        assertEquals(fixture.timelineMacro().execute(Map.of(), body, display(page)), kept);
    }

    @Test
    void aLinkJudgedOnceInAViewIsJudgedTheSameEachTimeItComesAgain() {
        String row = "<tr><td>2026-10-04 15:%s UTC</td><td><a href=\"javascript:alert(1)\">js</a> "
                + "<a href=\"https://runbooks.example.com/db\">runbook</a></td></tr>";
        String body = "<table><tbody><tr><th>Time</th><th>Event</th></tr>" + row.formatted("39")
                + row.formatted("40") + "</tbody></table>";
        List<Element> texts = html(fixture.timelineMacro().execute(Map.of(), body, display("")))
                .select(".pm-timeline__item--event .pm-timeline__text");
        assertEquals(2, texts.size());
        for (Element text : texts) {
            assertTrue(text.select("a[href^=javascript]").isEmpty(), text.html());
            assertEquals("https://runbooks.example.com/db", text.selectFirst("a[href]").attr("href"), text.html());
        }
    }

    @Test
    void keepsTheEventsRichText() {
        String body = sample("view-timeline.html");
        Document timeline = html(fixture.timelineMacro().execute(Map.of(), body, display("")));
        Element text = timeline.selectFirst(".pm-timeline__item--event .pm-timeline__text");
        Element mention = text.selectFirst("a.confluence-userlink");
        assertNotNull(mention, text.html());
        assertEquals("Jo Doe", mention.text());
        assertNotNull(text.selectFirst("[data-jira-key=OPS-77]"), "the rendered Jira issue stays");
    }

    @Test
    void eventTextKeepsFormattingButNoLiveMarkup() {
        String hostile = "<p><b>Rolled back</b> <script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">js</a> <a href=\"/display/OPS/Runbook\" onclick=\"alert(4)\">runbook</a>"
                + "<iframe src=\"https://evil.example.com\"></iframe><span style=\"position:fixed\" "
                + "onmouseover=\"alert(5)\">done</span><svg><script>alert(6)</script></svg></p>";
        String body = "<table><tbody><tr><th>Time</th><th>Event</th></tr><tr><td>2026-10-04 15:39 UTC</td><td>"
                + hostile + "</td></tr></tbody></table>";

        Element text = html(fixture.timelineMacro().execute(Map.of(), body, display("")))
                .selectFirst(".pm-timeline__item--event .pm-timeline__text");

        assertNotNull(text, "the event is on the timeline");
        assertEquals("Rolled back", text.selectFirst("b").text());
        assertEquals("/display/OPS/Runbook", text.select("a").last().attr("href"), "a site link stays");
        assertTrue(text.select("script, iframe, img, svg, [style], [onclick], [onerror], [onmouseover]").isEmpty(),
                text.html());
        assertTrue(text.select("a").stream().noneMatch(a -> a.attr("href").toLowerCase().contains("javascript")),
                text.html());
    }

    @Test
    void linksPagesAndFilesGivenAsEvidenceToWhereConfluenceServesThem() {
        String storage = sample("evidence-links.xml");
        ConversionContext context = display(storage);
        Page runbook = visiblePage("OPS", "Payments runbook", "/display/OPS/Payments+runbook");
        Page contacts = visiblePage("OPS", "Card network contacts", "/display/OPS/Card+network+contacts");
        Page loadTests = visiblePage("PERF", "Load test results", "/display/PERF/Load+test+results");
        when(fixture.permissions.hasPermission(fixture.signedIn, Permission.VIEW, context.getEntity())).thenReturn(true);
        attached(context.getEntity(), "grafana.png", "/download/attachments/98305/grafana.png?version=1&api=v2");
        attached(context.getEntity(), "latency.png", "/download/attachments/98305/latency.png?version=2&api=v2");
        attached(loadTests, "load-test.csv", "/download/attachments/131073/load-test.csv?version=1&api=v2");

        Document timeline = html(fixture.timelineMacro().execute(Map.of("showMilestones", "false"),
                body(storage, "incident-timeline"), context));

        List<Element> evidence = timeline.select(".pm-timeline__evidence");
        assertEquals(List.of("Payments runbook", "Card network contacts", "grafana.png", "load-test.csv",
                "latency.png", "Evidence"), evidence.stream().map(Element::text).toList());
        assertEquals(List.of("/confluence/display/OPS/Payments+runbook", "/confluence/display/OPS/Card+network+contacts",
                "/confluence/download/attachments/98305/grafana.png?version=1&api=v2",
                "/confluence/download/attachments/131073/load-test.csv?version=1&api=v2",
                "/confluence/download/attachments/98305/latency.png?version=2&api=v2",
                "https://status.example.com/incidents/42.png"), evidence.stream().map(e -> e.attr("href")).toList());
        assertEquals(List.of("Declines rise; on-call follows Payments runbook",
                "Card network status checked, see the contacts page"),
                timeline.select(".pm-timeline__item--event .pm-timeline__text").eachText().subList(0, 2));
    }

    @Test
    void showsEvidenceThatCannotBeFollowedAsItsNameAloneWhetherMissingOrNotTheViewersToSee() {
        String storage = sample("evidence-links.xml");
        ConversionContext context = display(storage);
        Page restricted = mock(Page.class);
        when(restricted.getUrlPath()).thenReturn("/display/OPS/Payments+runbook");
        when(fixture.pages.getPage("OPS", "Payments runbook")).thenReturn(restricted); // no VIEW permission
        attached(context.getEntity(), "grafana.png", "/download/attachments/98305/grafana.png"); // page not viewable

        Document timeline = html(fixture.timelineMacro().execute(Map.of("showMilestones", "false"),
                body(storage, "incident-timeline"), context));

        List<Element> evidence = timeline.select(".pm-timeline__evidence");
        assertEquals(List.of("Payments runbook", "Card network contacts", "grafana.png", "load-test.csv",
                "latency.png", "Evidence"), evidence.stream().map(Element::text).toList());
        assertEquals(List.of("span", "span", "span", "span", "span", "a"),
                evidence.stream().map(Element::tagName).toList());
        assertTrue(evidence.stream().noneMatch(e -> e.hasAttr("href") && !e.tagName().equals("a")));
        assertFalse(timeline.html().contains("/display/OPS/Payments+runbook"), "a restricted page's URL stays hidden");
        assertTrue(timeline.select(".pm-warnings").isEmpty(), "a page the viewer cannot see is not a fault of the page");
    }

    private Page visiblePage(String space, String title, String urlPath) {
        Page page = mock(Page.class);
        when(page.getUrlPath()).thenReturn(urlPath);
        when(fixture.pages.getPage(space, title)).thenReturn(page);
        when(fixture.permissions.hasPermission(fixture.signedIn, Permission.VIEW, page)).thenReturn(true);
        return page;
    }

    private void attached(ContentEntityObject page, String fileName, String downloadPath) {
        Attachment attachment = mock(Attachment.class);
        when(attachment.getDownloadPath()).thenReturn(downloadPath);
        when(fixture.attachments.getAttachment(page, fileName)).thenReturn(attachment);
    }

    @Test
    void highlightsSilencesLongerThanTheThreshold() {
        Document timeline = html(fixture.timelineMacro().execute(Map.of(), TWO_ENTRIES_47_MINUTES_APART, display("")));
        assertEquals(List.of("No recorded activity for 47 min"),
                timeline.select(".pm-timeline__item--silence").eachText());
        Document relaxed = html(fixture.timelineMacro().execute(Map.of("gapThreshold", "60"),
                TWO_ENTRIES_47_MINUTES_APART, display("")));
        assertTrue(relaxed.select(".pm-timeline__item--silence").isEmpty());
    }

    @Test
    void sortsEntriesOutOfOrderAndSaysSo() {
        Document timeline = render("out-of-order.xml", Map.of("showMilestones", "false"));
        assertEquals(List.of("Deploy", "Alert (remembered later)", "Rollback"),
                timeline.select(".pm-timeline__item--event .pm-timeline__text").eachText());
        assertEquals(List.of("The entries were not in time order in the table; they are shown sorted by time."),
                timeline.select(".pm-notice").eachText());
    }

    @Test
    void showsUnparsableRowsInPlaceWithAWarningInsteadOfDroppingThem() {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th></tr>"
                + "<tr><td>2026-10-04 10:00 UTC</td><td>Deploy</td></tr>"
                + "<tr><td>around lunch</td><td>Someone restarted the cache</td></tr>"
                + "<tr><td>2026-10-04 10:20 UTC</td><td>Rollback</td></tr></tbody></table>";
        Document timeline = html(fixture.timelineMacro().execute(Map.of(), body, display("")));
        List<Element> items = timeline.select(".pm-timeline__item");
        assertEquals(3, items.size());
        Element unplaced = items.get(1);
        assertTrue(unplaced.hasClass("pm-timeline__item--unreadable"));
        assertEquals("Someone restarted the cache", unplaced.selectFirst(".pm-timeline__text").text());
        assertEquals("Row 2, Time: \"around lunch\" is not a time; write e.g. 2026-10-04 15:39 or 15:39 UTC. "
                + "This entry is shown where the table has it.", unplaced.selectFirst(".pm-timeline__warning").text());
        assertTrue(timeline.select(".pm-warnings").isEmpty(), "the reason is said once, on the row itself");
    }

    @Test
    void showsTimesInTheZoneTheParameterNames() {
        Document timeline = html(fixture.timelineMacro().execute(Map.of("timezone", "Asia/Tokyo"),
                TWO_ENTRIES_47_MINUTES_APART, display("")));
        assertEquals("7:00 PM", timeline.selectFirst("time").text());
    }

    @Test
    void reportsParametersItCannotUseAndTakesTheirDefaults() {
        Document timeline = html(fixture.timelineMacro().execute(Map.of("timezone", "Mars/Olympus", "gapThreshold", "soon"),
                TWO_ENTRIES_47_MINUTES_APART, display("")));
        List<String> warnings = timeline.select(".pm-warnings li").eachText();
        assertEquals(List.of(
                "The time zone \u201cMars/Olympus\u201d is not known; times are shown in your own time zone.",
                "\u201csoon\u201d is not a number of minutes from 1 to 43200; 30 minutes is used."), warnings);
        assertEquals(1, timeline.select(".pm-timeline__item--silence").size(), "the default threshold applies");
    }

    @Test
    void compactLayoutIsAClassNotADifferentContent() {
        Document compact = html(fixture.timelineMacro().execute(Map.of("compact", "true"),
                TWO_ENTRIES_47_MINUTES_APART, display("")));
        assertTrue(compact.selectFirst(".pm-timeline").hasClass("pm-timeline--compact"));
        assertEquals(3, compact.select(".pm-timeline__item").size());
    }

    @Test
    void anEmptyTableTellsTheReaderWhatToAdd() {
        String body = "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th><th>Kind</th></tr>"
                + "<tr><td></td><td></td><td></td><td></td></tr></tbody></table>";
        Document timeline = html(fixture.timelineMacro().execute(Map.of(), body, display("")));
        assertEquals("No timeline entries yet. Add a row to the table for each event: its time, what happened, and a "
                + "link to the evidence.", timeline.selectFirst(".pm-empty").text());
    }

    @Test
    void staysStaticForPdfAndEmail() {
        String storage = sample("full-page.xml");
        for (String output : List.of("pdf", "email", "word")) {
            Document timeline = html(fixture.timelineMacro().execute(Map.of(), body(storage, "incident-timeline"),
                    MacroFixture.context(output, storage)));
            assertTrue(timeline.select("script").isEmpty(), output);
            assertFalse(timeline.selectFirst(".pm-timeline__marker").attr("style").isEmpty(), output);
        }
    }

    private Document render(String sampleName, Map<String, String> parameters) {
        String storage = sample(sampleName);
        return html(fixture.timelineMacro().execute(parameters, body(storage, "incident-timeline"), display(storage)));
    }
}
