package io.github.postmortems.report;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.wording.WordingStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexPostmortemPageTest {

    private static final long PAGE = 4711;
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final InMemoryPages pages = new InMemoryPages();
    private final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    private final InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
    private final IndexPostmortemPage indexing = new IndexPostmortemPage(pages, new StorageReader(), tracked, index, FixedSettings.project("OPS"),
            Clock.fixed(NOW, ZoneId.of("Europe/Berlin")));

    @Test
    void keepsTheFollowUpDayAndCountsWithinSloByTheSpacesPolicy() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml")
                + "<ul><li><strong>Follow-up review:</strong> <time datetime=\"2026-12-01\" /></li></ul>");
        tracked.save(new TrackedIssue(new RowRef(PAGE, "abcd1234"), IssueKey.parse("OPS-101").orElseThrow(), "Done",
                StatusCategory.DONE, null, null, null, Instant.parse("2026-10-20T12:00:00Z"), NOW, null));
        SloPolicy weekly = new SloPolicy(java.util.Map.of("P1", java.time.Period.ofDays(7)));
        IndexPostmortemPage strict = new IndexPostmortemPage(pages, new StorageReader(), tracked, index,
                FixedSettings.project("OPS"), Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), WordingStore.NOT_KEPT,
                new SloPolicyStore() {
                    @Override
                    public SloPolicy site() {
                        return SloPolicy.defaults();
                    }

                    @Override
                    public java.util.Optional<SloPolicy> space(String spaceKey) {
                        return spaceKey.equals("OPS") ? java.util.Optional.of(weekly) : java.util.Optional.empty();
                    }

                    @Override
                    public void saveSite(SloPolicy policy) {
                    }

                    @Override
                    public void saveSpace(String spaceKey, java.util.Optional<SloPolicy> policy) {
                    }
                });

        strict.index(PAGE);

        PostmortemSummary summary = index.byPage(PAGE).orElseThrow();
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 1)), summary.followUpIfSet());
        assertEquals(1, summary.countermeasures().done());
        assertEquals(0, summary.countermeasures().doneWithinSlo(), "16 days is over this space's week for P1");
    }

    @Test
    void indexesAPostmortemPageWithItsCountermeasuresJiraState() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        IssueKey done = IssueKey.parse("OPS-101").orElseThrow();
        tracked.save(new TrackedIssue(new RowRef(PAGE, "abcd1234"), done, "Done", StatusCategory.DONE, null, null,
                null, Instant.parse("2026-10-20T12:00:00Z"), NOW, null));

        assertEquals(IndexPostmortemPage.Outcome.INDEXED, indexing.index(PAGE));

        PostmortemSummary summary = index.byPage(PAGE).orElseThrow();
        assertAll(
                () -> assertEquals("OPS", summary.spaceKey()),
                () -> assertEquals("Postmortem: checkout outage", summary.title()),
                () -> assertEquals("SEV2", summary.severityCode()),
                () -> assertEquals(PostmortemStatus.IN_REVIEW, summary.status()),
                () -> assertEquals(Instant.parse("2026-10-04T13:39:00Z"), summary.start()),
                () -> assertEquals(Duration.ofMinutes(6), summary.timeToDetect()),
                () -> assertEquals(Duration.ofMinutes(54), summary.timeToResolve()),
                () -> assertEquals(new UserRef.ByKey("8a7f808a6a1b2c3d016a1b2c3d4e0002"), summary.createdBy()),
                () -> assertEquals(List.of("database", "outage", "payments"), summary.tags().values()),
                // Row 1 done in 16 days (P1: within 4 weeks); row 2 due 2026-11-15, open; row 3 due later.
                () -> assertEquals(List.of(3, 2, 1, 1), List.of(summary.countermeasures().total(),
                        summary.countermeasures().open(), summary.countermeasures().done(),
                        summary.countermeasures().doneWithinSlo())),
                () -> assertEquals(LocalDate.of(2026, 11, 15), summary.countermeasures().openDue().byDay().firstKey()),
                () -> assertEquals(1, summary.countermeasures().overdue(LocalDate.of(2026, 11, 21))),
                () -> assertEquals(NOW, summary.indexedAt()));
    }

    @Test
    void keysTypedIntoThePageStartBeingTrackedUnderTheirRowsAndOnlyOnce() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        PageReading reading = new StorageReader().readPage(sample("full-page.xml"), ReadingContext.inZone(ZoneOffset.UTC));
        List<Countermeasure> countermeasures = reading.countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList();
        List<RowRef> rows = RowIds.assign(PAGE, countermeasures);
        Map<IssueKey, RowRef> typed = new HashMap<>();
        for (int i = 0; i < countermeasures.size(); i++) {
            RowRef row = rows.get(i);
            countermeasures.get(i).jiraKeyIfSet().ifPresent(key -> typed.put(key, row));
        }
        assertFalse(typed.isEmpty(), "the sample has keys typed into its table");

        indexing.index(PAGE);
        indexing.index(PAGE);

        assertEquals(typed.size(), tracked.byPage(PAGE).size(), "one tracked issue per typed key, however often indexed");
        typed.forEach((key, row) -> assertEquals(Optional.of(row), tracked.byKey(key).map(TrackedIssue::row)));
    }

    @Test
    void aKeyTypedOutsideTheConfiguredProjectIsNotTrackedSoTheAppNeverReadsItForThePage() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml").replace("OPS-101", "SECRET-1"));

        indexing.index(PAGE);

        assertEquals(Optional.empty(), tracked.byKey(IssueKey.parse("SECRET-1").orElseThrow()));
        assertTrue(tracked.byPage(PAGE).stream().allMatch(issue -> issue.key().projectKey().equals("OPS")
                && issue.vouchedBy().equals(TrackedIssue.byProject("OPS"))));
    }

    @Test
    void anUnvouchedRecordOutsideTheProjectCountsForNothingAndIsForgotten() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml").replace("OPS-101", "SECRET-1"));
        // Tracked before vouching existed, with the app's view of an issue the page's editor may not see.
        IssueKey secret = IssueKey.parse("SECRET-1").orElseThrow();
        RowRef row = RowIds.assign(PAGE, new StorageReader().readPage(pages.storage(PAGE),
                ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList()).get(0);
        tracked.save(new TrackedIssue(row, secret, "Done", StatusCategory.DONE, null, null, null,
                Instant.parse("2026-10-20T12:00:00Z"), NOW, null));

        indexing.index(PAGE);

        assertEquals(Optional.empty(), tracked.byKey(secret));
        assertEquals(0, index.byPage(PAGE).orElseThrow().countermeasures().done());
    }

    @Test
    void aKeyReadByAnEditorAsThemselvesStaysTrackedOutsideTheProject() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml").replace("OPS-101", "SECRET-1"));
        IssueKey secret = IssueKey.parse("SECRET-1").orElseThrow();
        RowRef row = RowIds.assign(PAGE, new StorageReader().readPage(pages.storage(PAGE),
                ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList()).get(0);
        tracked.save(new TrackedIssue(row, secret, "Done", StatusCategory.DONE, null, null, null,
                Instant.parse("2026-10-20T12:00:00Z"), NOW, null, TrackedIssue.byUser("8a7f0001")));

        indexing.index(PAGE);

        assertEquals(Optional.of("user:8a7f0001"), tracked.byKey(secret).map(TrackedIssue::vouchedBy));
        assertEquals(1, index.byPage(PAGE).orElseThrow().countermeasures().done());
    }

    @Test
    void aKeyRemovedFromThePageStopsBeingTracked() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml"));
        indexing.index(PAGE);
        IssueKey removed = IssueKey.parse("OPS-101").orElseThrow();
        assertTrue(tracked.byKey(removed).isPresent());

        pages.page(PAGE, "Postmortem", sample("full-page.xml").replace("OPS-101", ""));
        indexing.index(PAGE);

        assertEquals(Optional.empty(), tracked.byKey(removed));
    }

    @Test
    void anIssueJustCreatedForARowStillWithoutItsKeyIsKeptUntilTheKeyIsWrittenIn() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml"));
        List<RowRef> rows = RowIds.assign(PAGE, new StorageReader().readPage(pages.storage(PAGE),
                ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList());
        IssueKey created = IssueKey.parse("OPS-102").orElseThrow();
        tracked.save(TrackedIssue.justLinked(rows.get(1), created));
        IssueKey gone = IssueKey.parse("OPS-103").orElseThrow();
        tracked.save(TrackedIssue.justLinked(new RowRef(PAGE, "deadbeef00000000"), gone));

        indexing.index(PAGE);

        assertTrue(tracked.byKey(created).isPresent(), "its row is there, waiting for the key");
        assertEquals(Optional.empty(), tracked.byKey(gone), "its row was removed from the page");
    }

    @Test
    void aRemovedOrTrashedPageStopsTrackingItsIssues() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml"));
        indexing.index(PAGE);
        assertFalse(tracked.byPage(PAGE).isEmpty());

        indexing.forget(PAGE);

        assertEquals(List.of(), tracked.byPage(PAGE));
    }

    @Test
    void aKeyTypedIntoAPageThatIsNoPostmortemIsNotTracked() {
        pages.page(PAGE, "Notes", "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Jira</th></tr>"
                + "<tr><td>Alert on replica lag</td><td></td><td></td><td>OPS-777</td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>");

        assertEquals(IndexPostmortemPage.Outcome.NOT_A_POSTMORTEM, indexing.index(PAGE));
        assertEquals(Optional.empty(), tracked.byKey(IssueKey.parse("OPS-777").orElseThrow()));
    }

    @Test
    void indexingAgainReplacesTheSummary() {
        pages.page(PAGE, "Old title", sample("full-page.xml"));
        indexing.index(PAGE);
        pages.page(PAGE, "New title", sample("full-page.xml"));

        indexing.index(PAGE);

        assertAll(
                () -> assertEquals(1, index.size()),
                () -> assertEquals("New title", index.byPage(PAGE).orElseThrow().title()));
    }

    @Test
    void aPageThatStoppedBeingAPostmortemIsRemoved() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml"));
        indexing.index(PAGE);
        pages.page(PAGE, "Postmortem", "<p>Moved elsewhere.</p>");

        assertAll(
                () -> assertEquals(IndexPostmortemPage.Outcome.NOT_A_POSTMORTEM, indexing.index(PAGE)),
                () -> assertEquals(Optional.empty(), index.byPage(PAGE)));
    }

    @Test
    void aPageThatIsGoneIsRemovedAndForgettingRemovesToo() {
        pages.page(PAGE, "Postmortem", sample("full-page.xml"));
        indexing.index(PAGE);

        indexing.forget(PAGE);

        assertAll(
                () -> assertEquals(Optional.empty(), index.byPage(PAGE)),
                () -> assertEquals(IndexPostmortemPage.Outcome.GONE, indexing.index(999)));
    }

    private static String sample(String name) {
        try (InputStream in = IndexPostmortemPageTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
