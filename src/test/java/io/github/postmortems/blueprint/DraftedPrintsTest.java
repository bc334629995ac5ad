package io.github.postmortems.blueprint;

import io.github.postmortems.incident.RowPrint;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprints of the drafted rows: taken as the readers read the created page, and carried as one text. */
class DraftedPrintsTest {

    private static final DraftedRows.Chosen DETECT = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE,
            "change:10001:status", Optional.of(Instant.parse("2026-11-28T09:05:00Z")), "Status changed to Investigating",
            EntryKind.DETECT, Optional.of(URI.create("https://jira.example.com/browse/OPS-7")), Optional.empty());
    private static final DraftedRows.Chosen RESOLVE = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE,
            "change:10009:resolution", Optional.of(Instant.parse("2026-11-28T11:40:12Z")), "Resolved: Fixed",
            EntryKind.RESOLVE, Optional.empty(), Optional.empty());
    private static final DraftedRows.Chosen COMMENT = new DraftedRows.Chosen(DraftedRows.Kind.COMMENT,
            "comment:10456", Optional.of(Instant.parse("2026-11-28T09:01:30Z")), "Kim: <b>db</b> & 12:00 is slow",
            EntryKind.OTHER, Optional.empty(), Optional.empty());
    private static final DraftedRows.Chosen LINKED = new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE,
            "link:OPS-9", Optional.empty(), "Add an index to orders", EntryKind.OTHER, Optional.empty(),
            IssueKey.parse("OPS-9"));
    private static final List<DraftedRows.Chosen> ROWS = List.of(RESOLVE, LINKED, DETECT, COMMENT);

    /** What a macro computes for each untouched row of the created page is what was remembered, in any language. */
    @ParameterizedTest(name = "page in \"{0}\"")
    @ValueSource(strings = {"en", "de", "fr"})
    void rememberedPrintsAreWhatTheReadersComputeForTheUntouchedPage(String language) {
        NewPostmortem postmortem = ContextProviderFixtures.sample();
        Map<String, String> prints = DraftedPrints.of(ROWS, postmortem.zone(), BundleMessages.of(language));
        String storage = TemplateRendering.render(PostmortemPage.variables(postmortem, Optional.empty(),
                BundleMessages.of(language), ROWS), language.equals("en") ? "" : language);

        PageReading page = new StorageReader().readPage(storage, ReadingContext.inZone(ZoneOffset.UTC));

        assertEquals(Set.of("change:10001:status", "change:10009:resolution", "comment:10456", "link:OPS-9"),
                prints.keySet());
        List<String> read = new ArrayList<>();
        page.timeline().forEach(row -> read.add(RowPrint.of(((TimelineRow.Entry) row).entry())));
        page.countermeasures().forEach(row -> read.add(RowPrint.of(row.countermeasure())));
        assertEquals(List.of(prints.get("comment:10456"), prints.get("change:10001:status"),
                prints.get("change:10009:resolution"), prints.get("link:OPS-9")), read, "in the page's order");
        assertEquals(Set.copyOf(prints.values()), Set.copyOf(DraftedPrints.ofPage(storage).values()),
                "the fallback at first publish remembers the same rows");
    }

    @Test
    void aRowReadsAnotherPrintOnceItsTextChanges() {
        NewPostmortem postmortem = ContextProviderFixtures.sample();
        String storage = TemplateRendering.render(PostmortemPage.variables(postmortem, Optional.empty(),
                BundleMessages.english(), List.of(LINKED)));
        CountermeasureRow edited = new StorageReader().readPage(storage.replace("Add an index", "Add two indexes"),
                ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().get(0);
        assertTrue(edited.countermeasure().drafted(), "the lozenge is still there");
        assertNotEquals(DraftedPrints.of(List.of(LINKED), postmortem.zone(), BundleMessages.english()).get("link:OPS-9"),
                RowPrint.of(edited.countermeasure()));
    }

    @Test
    void thePrintsTravelAsOneTextAndBackUnchanged() {
        Map<String, String> prints = DraftedPrints.of(ROWS, ZoneOffset.UTC, BundleMessages.english());
        assertEquals(Optional.of(prints), DraftedPrints.decode(DraftedPrints.encode(prints)));
        assertEquals(Optional.of(Map.of()), DraftedPrints.decode(""), "no rows drafted: nothing to remember");
    }

    @Test
    void aContextWithoutThePrintsFallsBackToThePagesLozengedRows() {
        String storage = TemplateRendering.render(PostmortemPage.variables(ContextProviderFixtures.sample(),
                Optional.empty(), BundleMessages.english(), List.of(DETECT, LINKED)));
        Map<String, String> fallback = DraftedPrints.toRemember(null, () -> storage);
        assertEquals(List.of("page:timeline:1", "page:countermeasure:1"), List.copyOf(fallback.keySet()));
        assertEquals(Map.of(), DraftedPrints.toRemember(42, () -> ""), "a value we never write is no value");
        assertEquals(Map.of(), DraftedPrints.toRemember("", () -> storage), "the context says nothing was drafted");
    }

    @Test
    void hostileContextValuesAreBoundedAndBadLinesLeftOut() {
        String print = "0123456789abcdef0123456789abcdef";
        StringBuilder thousands = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            thousands.append(String.format("%032x", i)).append(" change:").append(i).append('\n');
        }
        assertEquals(DraftedRows.MAX_ROWS, DraftedPrints.decode(thousands).orElseThrow().size());
        assertEquals(Optional.empty(), DraftedPrints.decode("x".repeat(DraftedPrints.MAX_CHARS + 1)));
        assertEquals(Optional.of(Map.of("ok", print)), DraftedPrints.decode(
                "nonsense\n" + print.toUpperCase() + " upper\n" + print + " \n" + print + " " + "s".repeat(201)
                        + "\n\n" + print + " ok\n" + print.substring(1) + " short"));
    }

    @Test
    void thousandsOfLozengedRowsInAPublishedPageAreRememberedUpToTheBound() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            rows.append("<tr><td>").append(DraftedRows.mark("From Jira")).append(" Countermeasure ").append(i)
                    .append("</td><td></td><td></td><td></td><td></td><td></td></tr>");
        }
        String storage = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody><tr>"
                + "<th>Countermeasure</th><th>Owner</th><th>Due</th><th>Priority</th><th>Type</th><th>Jira</th></tr>"
                + rows + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
        assertEquals(DraftedRows.MAX_ROWS, DraftedPrints.ofPage(storage).size());
    }
}
