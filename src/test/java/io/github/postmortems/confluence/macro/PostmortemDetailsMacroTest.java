package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlTimeoutException;
import io.github.postmortems.text.BundleMessages;
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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

class PostmortemDetailsMacroTest {

    private final MacroFixture fixture = new MacroFixture();

    @Test
    void showsTitleSeverityAndStatusAsLozenges() {
        Document card = render("full-page.xml");
        assertEquals("Checkout outage after database failover", card.selectFirst(".pm-card__title").text());
        Element severity = card.selectFirst(".aui-lozenge-moved");
        assertEquals("SEV2", severity.text());
        assertEquals("Major: a core service is degraded for many customers", severity.attr("title"),
                "the level's description on hover");
        assertEquals("In review", card.selectFirst(".aui-lozenge-current").text());
    }

    @Test
    void showsIncidentTimesInTheViewersZoneWithTheIncidentsOwnOnHover() {
        Element start = value(render("full-page.xml"), "Start");
        assertEquals("Oct 4, 2026, 9:39 AM EDT", start.text(), "15:39 in Berlin is 09:39 in New York");
        assertEquals("Incident time: Oct 4, 2026, 3:39 PM CEST (Europe/Berlin)", start.selectFirst("span").attr("title"));
    }

    @Test
    void derivesDurationsInHumanUnits() {
        Document card = render("full-page.xml");
        assertEquals("6 min", value(card, "Time to detect").text());
        assertEquals("25 min", value(card, "Time to hotfix").text());
        assertEquals("54 min", value(card, "Time to resolve").text());
        assertEquals("1 h", value(card, "Total impact").text());
    }

    @Test
    void linksPeopleToTheirProfilesAndTheIncidentTicketToJira() {
        Document card = render("full-page.xml");
        Element contact = value(card, "Contact").selectFirst("a");
        assertEquals("Jo Doe", contact.text());
        assertEquals("/confluence/display/~jdoe", contact.attr("href"));
        assertTrue(contact.hasClass("confluence-userlink"));
        Element ticket = value(card, "Incident ticket").selectFirst("a");
        assertEquals("INC-42", ticket.text());
        assertEquals("https://jira.example.com/browse/INC-42", ticket.attr("href"));
    }

    @Test
    void showsTagsAsLabelsThatLinkNowhereSinceNoConfluenceLabelStandsBehindThem() {
        List<String> tags = render("full-page.xml").select(".aui-label").eachText();
        assertEquals(List.of("database", "outage", "payments"), tags);
        assertTrue(render("full-page.xml").select(".aui-label[href], a.aui-label").isEmpty());
    }

    @Test
    void showsMissingValuesAsAMutedNotSetNeverAsAnError() {
        Document card = render("minimal.xml");
        Element end = value(card, "End");
        assertEquals("not set", end.text());
        assertNotNull(end.selectFirst(".pm-not-set"));
        assertTrue(card.select(".pm-warnings").isEmpty(), "nothing is wrong with a short postmortem");
    }

    /** A fresh card: start, detection and end stay as prompts; the optional times and unknown durations fold away. */
    @Test
    void foldsOptionalTimesAndDurationsThatAreNotKnownYet() {
        Document card = render("minimal.xml");

        assertEquals(List.of(), card.select(".pm-card__label").eachText().stream()
                .filter(label -> List.of("Hotfix", "First user impact", "First user report", "Time to hotfix")
                        .contains(label)).toList());
        assertEquals(1, card.select(".pm-not-set").eachText().stream().filter(t -> t.startsWith("Durations")).count());
        assertTrue(card.select(".pm-not-set").size() <= 9, card.select(".pm-not-set").eachText().toString());
        Document full = render("full-page.xml");
        assertNotNull(value(full, "Hotfix").selectFirst("a, span"));
    }

    @Test
    void saysWhichTwoTimesDisagreeInOneWarningLine() {
        List<String> warnings = render("out-of-order.xml").select(".pm-warnings li").eachText();
        assertTrue(warnings.stream().anyMatch(w -> w.matches("Row \\d+, Detected: Detected is before Start\\.")),
                warnings.toString());
    }

    @Test
    void readsLabelsInAnyBundledLanguageAndSpeaksTheViewers() {
        MacroFixture german = new MacroFixture(BundleMessages.of("de"));
        String storage = sample("german-labels.xml");
        Document card = html(german.detailsMacro().execute(Map.of(), body(storage, "postmortem-details"),
                display(storage)));
        assertFalse(card.select(".pm-card__label:contains(Zeit bis zur Erkennung)").isEmpty(), card.text());
    }

    @Test
    void escapesWhatPeopleTyped() {
        String body = "<table><tbody><tr><th>Title</th><td>&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\"</td></tr>"
                + "<tr><th>Start</th><td>2026-10-04 15:39 UTC</td></tr>"
                + "<tr><th>Tags</th><td>x\" onmouseover=\"alert(1)</td></tr></tbody></table>";
        String output = fixture.detailsMacro().execute(Map.of(), body, display(""));
        assertFalse(output.contains("<script>"), output);
        assertTrue(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"), output);
        assertTrue(html(output).select("[onmouseover]").isEmpty(), output);
    }

    @Test
    void putsStylesInlineAndTheIncidentZoneBesideTheTimeInPdfExport() {
        String storage = sample("full-page.xml");
        Document card = html(fixture.detailsMacro().execute(Map.of(), body(storage, "postmortem-details"),
                MacroFixture.context("pdf", storage)));
        assertTrue(card.selectFirst(".pm-card").attr("style").contains("border"), "no stylesheet in a PDF");
        assertTrue(card.selectFirst(".aui-lozenge-moved").attr("style").contains("background"));
        assertEquals("Oct 4, 2026, 9:39 AM EDT (Incident time: Oct 4, 2026, 3:39 PM CEST (Europe/Berlin))",
                value(card, "Start").text());
        assertTrue(card.select("script").isEmpty());
    }

    @Test
    void rendersABodyWithoutATableAsAWarningInsideTheMacro() {
        Document card = html(fixture.detailsMacro().execute(Map.of(), "<p>just words</p>", display("")));
        assertEquals("Postmortem details", card.selectFirst(".pm-card__title").text());
        assertEquals(List.of("The macro holds no table."), card.select(".pm-warnings li").eachText());
    }

    @Test
    void neverThrowsAtAReaderWhenAHostServiceFails() {
        when(fixture.timeZones.getUserTimeZone()).thenThrow(new IllegalStateException("user service down"));
        String output = fixture.detailsMacro().execute(Map.of(), body(sample("full-page.xml"), "postmortem-details"),
                display(""));
        Document failure = html(output);
        assertEquals("The postmortem-details macro could not be shown. Reload the page; if this happens again, ask "
                + "your Confluence administrator to check the log.", failure.selectFirst(".aui-message-error").text());
    }

    private Document render(String sampleName) {
        String storage = sample(sampleName);
        return html(fixture.detailsMacro().execute(Map.of(), body(storage, "postmortem-details"), display(storage)));
    }

    /** The value cell of the row labelled {@code label}. */
    private static Element value(Document card, String label) {
        for (Element row : card.select(".pm-card__rows tr")) {
            if (row.selectFirst("th").text().equals(label)) {
                return row.selectFirst("td");
            }
        }
        throw new AssertionError("no row " + label + " in " + card.select(".pm-card__label").eachText());
    }

    @Test
    void aPageWhoseRenderSpentItsTimeBudgetGetsAWarningInsteadOfTheMacrosWork() throws Exception {
        String storage = sample("full-page.xml");
        ConversionContext context = display(storage);
        doThrow(XhtmlTimeoutException.class).when(context).checkTimeout();

        Document out = html(fixture.detailsMacro().execute(Map.of(), body(storage, "postmortem-details"), context));

        assertNotNull(out.selectFirst(".aui-message-warning.pm-timeout"));
        assertTrue(out.text().contains("took too long"), out.text());
        assertFalse(out.text().contains("Checkout outage"), "nothing was read");
    }
}
