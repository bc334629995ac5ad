package io.github.postmortems.report;

import io.github.postmortems.index.AoWordingStore;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.wording.HintKind;
import io.github.postmortems.wording.Mentions;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Indexing a postmortem page finds its wording hints and keeps them in Active Objects, where the details card reads
 * them; a page that is no longer a postmortem, or is gone, keeps none. One subclass per database.
 */
abstract class IndexingKeepsWordingContract {

    private static final long PAGE = 4711;

    private final InMemoryPages pages = new InMemoryPages();
    private AoWordingStore wording;
    private IndexPostmortemPage indexing;

    abstract TestDatabase database();

    @BeforeEach
    void emptyStore() {
        wording = new AoWordingStore(database().emptied());
        indexing = new IndexPostmortemPage(pages, new StorageReader(), new InMemoryTrackedIssues(),
                new InMemoryPostmortemIndex(), FixedSettings.project("OPS"),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Berlin")), wording);
    }

    @Test
    void keepsEachHintOfAPostmortemWithItsKindSectionAndPlace() {
        pages.page(PAGE, "Postmortem: certificate expiry", sample("blameful-wording.xml"));

        assertEquals(IndexPostmortemPage.Outcome.INDEXED, indexing.index(PAGE));

        WordingReport kept = wording.byPage(PAGE);
        List<WordingHint> hints = kept.hints();
        assertAll(
                () -> assertEquals(List.of(HintKind.HUMAN_ERROR, HintKind.PERSON, HintKind.PERSON,
                        HintKind.COUNTERFACTUAL, HintKind.BLAME, HintKind.BLAME),
                        hints.stream().map(WordingHint::kind).toList(), hints.toString()),
                () -> assertEquals(List.of("human error",
                        Mentions.OPEN + "k:8a7f808a6a1b2c3d016a1b2c3d4e0001" + Mentions.CLOSE + " forgot to",
                        "Dana failed to", "should have", "didn't bother", "careless"),
                        hints.stream().map(WordingHint::phrase).toList(),
                        "Dana is the page's contact, typed as a name; the code block and the quote are left out"),
                () -> assertEquals(List.of("Summary", "What happened", "Root cause", "Root cause", "What went wrong",
                        "What went wrong"), hints.stream().map(WordingHint::section).toList()),
                () -> assertEquals(Place.TIMELINE, hints.get(1).place()),
                () -> assertEquals(6, kept.found()));
    }

    @Test
    void anEditThatRewordsThePageLeavesNoHintsAndAPageThatIsNoPostmortemKeepsNone() {
        pages.page(PAGE, "Postmortem: certificate expiry", sample("blameful-wording.xml"));
        indexing.index(PAGE);

        pages.page(PAGE, "Postmortem: certificate expiry", sample("full-page.xml"));
        assertEquals(IndexPostmortemPage.Outcome.INDEXED, indexing.index(PAGE));
        assertEquals(WordingReport.NONE, wording.byPage(PAGE), "reworded: the old hints are gone");

        pages.page(PAGE, "Postmortem: certificate expiry", sample("blameful-wording.xml"));
        indexing.index(PAGE);
        pages.page(PAGE, "Notes", "<p>We should have taken notes.</p>");
        assertEquals(IndexPostmortemPage.Outcome.NOT_A_POSTMORTEM, indexing.index(PAGE));
        assertEquals(WordingReport.NONE, wording.byPage(PAGE));
    }

    @Test
    void aPageThatIsForgottenTakesItsHintsWithIt() {
        pages.page(PAGE, "Postmortem: certificate expiry", sample("blameful-wording.xml"));
        indexing.index(PAGE);

        indexing.forget(PAGE);

        assertEquals(WordingReport.NONE, wording.byPage(PAGE));
    }

    private static String sample(String name) {
        try (InputStream in = IndexingKeepsWordingContract.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
