package io.github.postmortems.review;

import io.github.postmortems.jira.RowChange;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Verify" and "Won't do" written into the page: the Status cell only, in a new version, only where it fits. */
class SettleCountermeasureTest {

    private static final long PAGE = 98_305L;
    private static final UserRef KIM = new UserRef.ByKey("8a7f000184c1");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 23:30 UTC on the 11th is already the 12th in Berlin: the editor's day is written. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-11T23:30:00Z"), ZoneOffset.UTC);
    private static final String BEFORE = "<p>Intro &amp; <strong>context</strong></p>\n"
            + "<ac:structured-macro ac:name=\"countermeasures\" ac:schema-version=\"1\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Jira</th><th>Status</th></tr>\n"
            + "<tr><td>Alert on replica lag</td><td></td><td><p>OPS-101</p></td><td><p>In progress</p></td></tr>\n"
            + "<tr><td>Shard the queue</td><td></td><td></td><td> </td></tr>\n"
            + "<tr><td>Document the runbook</td><td></td><td>OPS-102</td><td></td></tr>\n"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro>\n<p>After &nbsp; the table</p>";
    private static final String NO_STATUS = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Countermeasure</th><th>Jira</th></tr><tr><td>Rotate keys</td><td>SEC-1</td></tr>"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro>";

    private final StorageReader reader = new StorageReader();
    private final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    private final BundleMessages english = BundleMessages.english();
    private InMemoryPages pages;
    private SettleCountermeasure settle;
    private List<RowRef> rows;

    @BeforeEach
    void aPageWithDoneAndOpenWork() {
        pages = new InMemoryPages().page(PAGE, "Postmortem", BEFORE).page(PAGE + 1, "Old table", NO_STATUS);
        settle = new SettleCountermeasure(pages, tracked, reader, CLOCK);
        rows = RowIds.assign(PAGE, reader.readPage(BEFORE, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures()
                .stream().map(CountermeasureRow::countermeasure).toList());
        issue(0, "OPS-101", StatusCategory.DONE);
        issue(2, "OPS-102", StatusCategory.IN_PROGRESS);
    }

    @Test
    void verifyingDoneWorkChangesItsStatusCellAndNothingElse() {
        RowChange change = settle.settle(PAGE, rows.get(0).rowId(), Verification.Kind.VERIFIED,
                "No lag pages for 30 days <b>since</b> the fix", KIM, BERLIN, english);

        assertTrue(change.changed(), change.message());
        String after = pages.storage(PAGE);
        String cell = "<p><ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\"><ac:parameter ac:name=\"colour\">"
                + "Green</ac:parameter><ac:parameter ac:name=\"title\">Verified</ac:parameter></ac:structured-macro> "
                + "<time datetime=\"2026-11-12\" /> <ac:link><ri:user ri:userkey=\"8a7f000184c1\" /></ac:link>: "
                + "No lag pages for 30 days &lt;b&gt;since&lt;/b&gt; the fix</p>";
        assertEquals(BEFORE.replace("<td><p>In progress</p></td>", "<td>" + cell + "</td>"), after);
        assertEquals(2, pages.versionCount(PAGE));
        assertEquals("Countermeasure 1 verified effective from the countermeasures board", pages.lastComment(PAGE));
        CountermeasureRow reread = reader.readPage(after, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().get(0);
        assertEquals(Optional.of(new Verification(Verification.Kind.VERIFIED, LocalDate.of(2026, 11, 12), KIM,
                "No lag pages for 30 days <b>since</b> the fix")), reread.saidIfAny());
        assertEquals(CountermeasureState.VERIFIED, settle.stateOf(reread));
    }

    @Test
    void decliningWorkNotStartedWritesTheReasonInTheEditorsLanguage() {
        RowChange change = settle.settle(PAGE, rows.get(1).rowId(), Verification.Kind.WONT_DO,
                "Durch die neue Warteschlange ersetzt", KIM, BERLIN, BundleMessages.of("de"));

        assertTrue(change.changed());
        String after = pages.storage(PAGE);
        assertTrue(after.contains("<ac:parameter ac:name=\"title\">Wird nicht umgesetzt</ac:parameter>"), after);
        CountermeasureRow reread = reader.readPage(after, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().get(1);
        assertEquals(CountermeasureState.WONT_DO, settle.stateOf(reread));
        assertEquals(rows.get(1).rowId(), RowIds.assign(PAGE, List.of(reread.countermeasure())).get(0).rowId(),
                "the row keeps its identity");
        assertEquals(BEFORE.substring(0, BEFORE.indexOf("Shard the queue")),
                after.substring(0, BEFORE.indexOf("Shard the queue")));
        assertTrue(after.endsWith(BEFORE.substring(BEFORE.indexOf("<tr><td>Document the runbook"))));
    }

    @Test
    void workNotDoneCannotBeVerifiedNorDoneWorkDeclined() {
        RowChange early = settle.settle(PAGE, rows.get(2).rowId(), Verification.Kind.VERIFIED, "works", KIM, BERLIN,
                english);
        RowChange late = settle.settle(PAGE, rows.get(0).rowId(), Verification.Kind.WONT_DO, "too late", KIM, BERLIN,
                english);

        assertFalse(early.changed());
        assertEquals(SettleCountermeasure.NOT_DONE, early.message());
        assertEquals(List.of("3", "Committed"), early.args());
        assertFalse(late.changed());
        assertEquals(SettleCountermeasure.ALREADY_DONE, late.message());
        assertEquals(BEFORE, pages.storage(PAGE));
        assertEquals(1, pages.versionCount(PAGE));
    }

    @Test
    void aVerificationCanBeSaidAgainToChangeItsNote() {
        settle.settle(PAGE, rows.get(0).rowId(), Verification.Kind.VERIFIED, "first", KIM, BERLIN, english);
        RowChange again = settle.settle(PAGE, rows.get(0).rowId(), Verification.Kind.VERIFIED, "second", KIM, BERLIN,
                english);

        assertTrue(again.changed());
        assertTrue(pages.storage(PAGE).contains(": second</p>"));
        assertFalse(pages.storage(PAGE).contains(": first</p>"));
    }

    @Test
    void aTableWithoutAStatusColumnIsRefusedWithTheWayToFixIt() {
        List<RowRef> old = RowIds.assign(PAGE + 1, reader.readPage(NO_STATUS, ReadingContext.inZone(ZoneOffset.UTC))
                .countermeasures().stream().map(CountermeasureRow::countermeasure).toList());

        RowChange change = settle.settle(PAGE + 1, old.get(0).rowId(), Verification.Kind.WONT_DO, "obsolete", KIM,
                BERLIN, english);

        assertFalse(change.changed());
        assertEquals(SettleCountermeasure.NO_STATUS_COLUMN, change.message());
        assertTrue(english.text(change.message(), change.args().toArray()).contains("add a Status column"));
        assertEquals(NO_STATUS, pages.storage(PAGE + 1));
    }

    @Test
    void anUnknownRowOrPageChangesNothing() {
        assertEquals("postmortems.jira.outcome.no-such-row", settle.settle(PAGE, "ffffffffffffffff",
                Verification.Kind.WONT_DO, "x", KIM, BERLIN, english).message());
        assertEquals("postmortems.jira.outcome.no-such-row", settle.settle(4711L, rows.get(1).rowId(),
                Verification.Kind.WONT_DO, "x", KIM, BERLIN, english).message());
        assertEquals(BEFORE, pages.storage(PAGE));
    }

    private void issue(int row, String key, StatusCategory category) {
        tracked.save(new TrackedIssue(rows.get(row), IssueKey.parse(key).orElseThrow(), category.name(), category,
                null, null, null, null, CLOCK.instant(), null, TrackedIssue.CREATED));
    }
}
