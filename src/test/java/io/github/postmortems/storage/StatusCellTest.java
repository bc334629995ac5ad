package io.github.postmortems.storage;

import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.review.Verification;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Status cell of a countermeasure row: written by the board, typed by people, read in every language. */
class StatusCellTest {

    private static final ReadingContext CONTEXT = ReadingContext.inZone(ZoneOffset.UTC);
    private static final LocalDate NOV_12 = LocalDate.of(2026, 11, 12);
    private static final UserRef KIM = new UserRef.ByKey("8a7f000184c1");
    private static final String HEADER = "<tr><th>Countermeasure</th><th>Owner</th><th>Jira</th><th>Status</th></tr>";

    private final StorageReader reader = new StorageReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr"})
    void whatTheBoardWritesInEachLanguageReadsBackInStorage(String language) {
        BundleMessages messages = language.equals("en") ? BundleMessages.english() : BundleMessages.of(language);
        for (Verification.Kind kind : Verification.Kind.values()) {
            Verification said = new Verification(kind, NOV_12, KIM, "Error rate back to normal for 30 days");
            String cell = StatusCell.markup(said, messages.text(StatusCell.titleKey(kind)));

            TableReading<CountermeasureRow> read = read(row("Alert on replica lag", "OPS-101", cell));

            assertEquals(Optional.of(said), read.rows().get(0).saidIfAny(), language + " " + kind);
            assertEquals(List.of(), read.warnings());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Verified", "VERIFIED", "Bestätigt", "Wirksamkeit bestätigt", "Vérifiée",
            "Efficacité vérifiée"})
    void aRenderedLozengeWithARenderedDateAndMentionReadsAsVerified(String title) {
        String cell = "<p><span class=\"status-macro aui-lozenge aui-lozenge-success\">" + title + "</span> "
                + "<time datetime=\"2026-11-12\" class=\"date-past\">12 Nov 2026</time> "
                + "<a class=\"confluence-userlink user-mention\" data-username=\"kwong\" href=\"/display/~kwong\">"
                + "Kim Wong</a>: no more pages since the fix</p>";

        Verification said = read(row("Alert on replica lag", "OPS-101", cell)).rows().get(0).said();

        assertEquals(new Verification(Verification.Kind.VERIFIED, NOV_12, new UserRef.ByUsername("kwong"),
                "no more pages since the fix"), said);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Won't do", "Won’t do", "Wird nicht umgesetzt", "Verworfen", "Ne sera pas faite",
            "Abandonnée"})
    void aDeclineTypedByHandInAnyLanguageReadsAsWontDo(String label) {
        String cell = "<p>" + label + " 2026-11-12 Kim Wong: replaced by the new queue</p>";

        Verification said = read(row("Shard the queue", "", cell)).rows().get(0).said();

        assertEquals(new Verification(Verification.Kind.WONT_DO, NOV_12, new UserRef.Named("Kim Wong"),
                "replaced by the new queue"), said);
    }

    @Test
    void aStatusCellSayingSomethingElseIsTheTeamsOwnNote() {
        TableReading<CountermeasureRow> read = read(row("Shard the queue", "", "<p>In progress</p>")
                + row("Rotate keys", "", "<p>Verification pending with SRE</p>"));

        assertTrue(read.rows().stream().allMatch(r -> r.saidIfAny().isEmpty()));
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aStateWithoutDatePersonOrNoteIsAWarningAndNotAState() {
        TableReading<CountermeasureRow> read = read(row("Shard the queue", "", "<p>Won't do</p>")
                + row("Rotate keys", "", "<p>Verified 2026-11-12: works</p>")
                + row("Alert on lag", "", "<p>Verified 2026-11-12 <ac:link><ri:user ri:userkey=\"k1\" /></ac:link>"
                + "</p>"));

        assertTrue(read.rows().stream().allMatch(r -> r.saidIfAny().isEmpty()));
        assertEquals(3, read.warnings().stream().filter(w -> w.key().equals(StatusCell.INCOMPLETE)).count());
        Warning first = read.warnings().get(0);
        assertEquals(CountermeasureColumn.STATUS.key(), first.where().column());
    }

    @Test
    void markupInANoteIsWrittenAsTextAndReadBackAsTheSameText() {
        String note = "<script>alert(1)</script> & \"quotes\" <ac:link><ri:user ri:userkey=\"evil\"/></ac:link>";
        Verification said = new Verification(Verification.Kind.WONT_DO, NOV_12, KIM, note);

        String cell = StatusCell.markup(said, "Won't do");

        assertFalse(cell.contains("<script"), cell);
        assertFalse(cell.contains("ri:userkey=\"evil\""), cell);
        assertTrue(cell.contains("&lt;script&gt;"), cell);
        assertEquals(Optional.of(said), read(row("Shard the queue", "", cell)).rows().get(0).saidIfAny());
    }

    @Test
    void anOverLongNoteTypedOnThePageIsCutWithAWarning() {
        String cell = "<p>Verified 2026-11-12 Kim: " + "x".repeat(Verification.MAX_NOTE + 500) + "</p>";

        TableReading<CountermeasureRow> read = read(row("Shard the queue", "", cell));

        assertEquals(Verification.MAX_NOTE, read.rows().get(0).said().note().length());
        assertTrue(read.warnings().stream().anyMatch(w -> w.key().equals(StatusCell.NOTE_CUT)));
    }

    @Test
    void aTableWithoutAStatusColumnReadsAsBefore() {
        String body = "<table><tbody><tr><th>Countermeasure</th><th>Jira</th></tr>"
                + "<tr><td>Rotate keys</td><td>SEC-1</td></tr></tbody></table>";

        TableReading<CountermeasureRow> read = reader.readCountermeasures(body, CONTEXT);

        assertEquals(1, read.rows().size());
        assertTrue(read.rows().get(0).cellSpanIfKnown(CountermeasureColumn.STATUS).isEmpty());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aHostileStatusCellIsReadInTimeLinearInItsLength() {
        // Many words that almost name a state, colons and date-like words: each is looked at a bounded number of times.
        String hostile = "<p>" + "Won't Won't 2026-13-45 : ".repeat(40_000) + "</p>";
        long start = System.nanoTime();
        TableReading<CountermeasureRow> read = read(row("Shard the queue", "", hostile));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(read.rows().get(0).saidIfAny().isEmpty());
        assertTrue(millis < 5_000, millis + " ms");
    }

    private TableReading<CountermeasureRow> read(String rows) {
        return reader.readCountermeasures("<table><tbody>" + HEADER + rows + "</tbody></table>", CONTEXT);
    }

    private static String row(String text, String key, String statusCell) {
        return "<tr><td>" + text + "</td><td></td><td>" + key + "</td><td>" + statusCell + "</td></tr>";
    }
}
