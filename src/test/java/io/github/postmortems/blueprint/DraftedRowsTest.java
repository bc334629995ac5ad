package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hidden field the Fill panel sends is the creator's input: bounded, checked field by field, escaped. */
class DraftedRowsTest {

    private static final DraftedRows.Chosen DETECT = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE,
            "change:10001:status", Optional.of(Instant.parse("2026-11-28T09:05:00Z")), "Status changed from Open to Investigating",
            EntryKind.DETECT, Optional.of(URI.create("https://jira.example.com/browse/OPS-7")), Optional.empty());
    private static final DraftedRows.Chosen COMMENT = new DraftedRows.Chosen(DraftedRows.Kind.COMMENT,
            "comment:10456", Optional.of(Instant.parse("2026-11-28T09:01:30Z")), "Kim: <b>db</b> is slow & \"full\"",
            EntryKind.OTHER, Optional.of(URI.create("https://jira.example.com/browse/OPS-7?focusedCommentId=10456")),
            Optional.empty());
    private static final DraftedRows.Chosen LINKED = new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE,
            "link:OPS-9", Optional.empty(), "Add an index", EntryKind.OTHER, Optional.empty(),
            IssueKey.parse("OPS-9"));

    @Test
    void whatTheDialogSendsComesBackAsSent() {
        String field = DraftedRows.encode(List.of(DETECT, COMMENT, LINKED));
        assertEquals(new DraftedRows.Decoded.Rows(List.of(DETECT, COMMENT, LINKED)), DraftedRows.decode(field));
    }

    @Test
    void noFieldIsNoRows() {
        assertEquals(new DraftedRows.Decoded.Rows(List.of()), DraftedRows.decode(null));
        assertEquals(new DraftedRows.Decoded.Rows(List.of()), DraftedRows.decode("  "));
        assertEquals(new DraftedRows.Decoded.Rows(List.of()), DraftedRows.decode("[]"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "not json",
            "{\"kind\":\"timeline\"}",
            "[1, 2]",
            "[[[[[]]]]]",
            "[{\"kind\":\"script\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"t\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"yesterday\",\"text\":\"t\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"text\":\"t\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"  \"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"t\","
                    + "\"evidence\":\"javascript:alert(1)\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"t\","
                    + "\"evidence\":\"data:text/html,<script>alert(1)</script>\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"t\","
                    + "\"evidence\":\"/relative/path\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":\"t\","
                    + "\"entryKind\":\"EVIL\"}]",
            "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-11-28T09:05:00Z\",\"text\":{\"nested\":1}}]",
            "[{\"kind\":\"countermeasure\",\"source\":\"link:x\",\"text\":\"t\",\"key\":\"not a key\"}]",
            "[{\"kind\":\"countermeasure\",\"source\":\"link:x\",\"text\":\"t\",\"key\":\"OPS-0\"}]",
            "[{\"kind\":\"countermeasure\",\"source\":\"link:x\",\"text\":\"t\"}]"})
    void anythingTheDialogDoesNotSendIsRefusedAsAWhole(String field) {
        assertInstanceOf(DraftedRows.Decoded.Refused.class, DraftedRows.decode(field), field);
    }

    @Test
    void tooManyRowsOrTooLongAFieldIsRefusedBeforeReading() {
        String row = DraftedRows.encode(List.of(LINKED));
        String many = "[" + String.join(",", java.util.Collections.nCopies(DraftedRows.MAX_ROWS + 1,
                row.substring(1, row.length() - 1))) + "]";
        assertInstanceOf(DraftedRows.Decoded.Refused.class, DraftedRows.decode(many));
        String enough = "[" + String.join(",", java.util.Collections.nCopies(DraftedRows.MAX_ROWS,
                row.substring(1, row.length() - 1))) + "]";
        assertEquals(DraftedRows.MAX_ROWS, ((DraftedRows.Decoded.Rows) DraftedRows.decode(enough)).rows().size());
        assertInstanceOf(DraftedRows.Decoded.Refused.class,
                DraftedRows.decode("[\"" + "x".repeat(DraftedRows.MAX_CHARS) + "\"]"));
        String longText = DraftedRows.encode(List.of(new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE, "link:OPS-9",
                Optional.empty(), "x".repeat(DraftedRows.MAX_TEXT + 1), EntryKind.OTHER, Optional.empty(),
                IssueKey.parse("OPS-9"))));
        assertInstanceOf(DraftedRows.Decoded.Refused.class, DraftedRows.decode(longText));
    }

    @Test
    void aDeeplyNestedFieldIsRefusedWithoutRecursingIntoIt() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertInstanceOf(DraftedRows.Decoded.Refused.class, DraftedRows.decode(deep));
    }

    @Test
    void aKeyTypedInLowerCaseIsReadAsJiraShowsIt() {
        String field = "[{\"kind\":\"countermeasure\",\"source\":\"link:ops-9\",\"text\":\"t\",\"key\":\" ops-9 \"}]";
        DraftedRows.Chosen row = ((DraftedRows.Decoded.Rows) DraftedRows.decode(field)).rows().get(0);
        assertEquals(IssueKey.parse("OPS-9"), row.key());
    }

    @Test
    void noRowsLeaveBothVariablesEmpty() {
        assertEquals(Map.of(DraftedRows.TIMELINE_ROWS, "", DraftedRows.COUNTERMEASURE_ROWS, ""),
                DraftedRows.variables(List.of(), ZoneId.of("UTC"), BundleMessages.english()));
    }

    @Test
    void rowsAreMarkupOnlyWhereJavaBuiltItInTimeOrderInThePagesZone() {
        Map<String, String> vars = DraftedRows.variables(List.of(DETECT, LINKED, COMMENT), ZoneId.of("Europe/Berlin"),
                BundleMessages.english());
        Document timeline = Jsoup.parse("<table " + TemplateRendering.NAMESPACES + ">"
                + vars.get(DraftedRows.TIMELINE_ROWS) + "</table>", "", Parser.xmlParser());
        assertEquals(2, timeline.select("tr").size());
        assertTrue(timeline.select("b, script").isEmpty(), "a comment's text stays text");
        assertEquals("2026-11-28 10:01:30", timeline.select("tr").get(0).child(0).ownText().strip());
        assertEquals("2026-11-28 10:05", timeline.select("tr").get(1).child(0).ownText().strip());
        assertEquals("Kim: <b>db</b> is slow & \"full\"", timeline.select("tr").get(0).child(1).text());
        assertEquals("Detect", timeline.select("tr").get(1).child(3).text());
        assertEquals("OPS-7", timeline.select("tr").get(1).child(2).select("a").text());
        assertEquals("From Jira", timeline.select("tr").get(0).select("ac|parameter[ac:name=title]").text());
        Document countermeasures = Jsoup.parse("<table " + TemplateRendering.NAMESPACES + ">"
                + vars.get(DraftedRows.COUNTERMEASURE_ROWS) + "</table>", "", Parser.xmlParser());
        assertEquals(7, countermeasures.select("tr > td").size());
        assertEquals("OPS-9", countermeasures.select("ac|structured-macro[ac:name=jira] ac|parameter").text());
    }

    @Test
    void anEvidenceAddressIsEscapedIntoItsAttribute() {
        DraftedRows.Chosen row = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE, "change:1:status",
                Optional.of(Instant.parse("2026-11-28T09:05:00Z")), "t", EntryKind.OTHER,
                Optional.of(URI.create("https://jira.example.com/browse/OPS-7?a=1&b=%22%3E")), Optional.empty());
        String markup = DraftedRows.variables(List.of(row), ZoneId.of("UTC"), BundleMessages.english())
                .get(DraftedRows.TIMELINE_ROWS);
        assertTrue(markup.contains("href=\"https://jira.example.com/browse/OPS-7?a=1&amp;b=%22%3E\""), markup);
    }

    @Test
    void theLozengeIsInTheCreatorsLanguage() {
        String markup = DraftedRows.variables(List.of(LINKED), ZoneId.of("UTC"), BundleMessages.of("de"))
                .get(DraftedRows.COUNTERMEASURE_ROWS);
        assertTrue(markup.contains(">Aus Jira<"), markup);
    }
}
