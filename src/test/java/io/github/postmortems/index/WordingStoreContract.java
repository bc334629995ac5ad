package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.wording.HintKind;
import io.github.postmortems.wording.Mentions;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AoWordingStore} on a real database; one subclass per database. */
abstract class WordingStoreContract {

    private ActiveObjects ao;
    private AoWordingStore store;

    abstract TestDatabase database();

    @BeforeEach
    void emptyStore() {
        ao = database().emptied();
        store = new AoWordingStore(ao);
    }

    private static WordingHint hint(HintKind kind, String excerpt, String phrase, String section, Place place,
                                    int offset) {
        int from = excerpt.indexOf(phrase);
        return new WordingHint(kind, excerpt, from, from + phrase.length(), section, place, offset);
    }

    @Test
    void keepsEveryFieldOfEachHintInPageOrderWithTheCountFound() {
        String mention = Mentions.OPEN + "k:8a7f0001" + Mentions.CLOSE;
        WordingReport report = new WordingReport(List.of(
                hint(HintKind.HUMAN_ERROR, "Human error in deploy", "Human error", "", Place.DETAILS, 3),
                hint(HintKind.PERSON, "\u2026so " + mention + " forgot to restart \u00e9 \u201cthe\u201d worker\u2026",
                        mention + " forgot to", "Was passiert ist", Place.TIMELINE, 120),
                hint(HintKind.COUNTERFACTUAL, "Nous aurions d\u00fb voir", "aurions d\u00fb", "x".repeat(200),
                        Place.TEXT, 400)), 7);

        store.replace(42, report);

        assertEquals(report, store.byPage(42));
    }

    @Test
    void replacingLeavesOnlyTheNewHintsAndAnEmptyReportLeavesNone() {
        store.replace(42, new WordingReport(List.of(hint(HintKind.BLAME, "careless", "careless", "A", Place.TEXT, 0),
                hint(HintKind.BLAME, "sloppy", "sloppy", "A", Place.TEXT, 9)), 2));
        store.replace(43, new WordingReport(List.of(hint(HintKind.BLAME, "lazy", "lazy", "B", Place.TEXT, 0)), 1));
        WordingReport second = new WordingReport(List.of(
                hint(HintKind.COUNTERFACTUAL, "would have", "would have", "A", Place.TEXT, 5)), 1);

        store.replace(42, second);
        assertAll(() -> assertEquals(second, store.byPage(42)),
                () -> assertEquals(1, store.byPage(43).found(), "another page's hints stay"));

        store.replace(42, WordingReport.NONE);
        assertEquals(WordingReport.NONE, store.byPage(42));
    }

    @Test
    void removeForgetsThePageAndAPageNeverIndexedHasNone() {
        store.replace(42, new WordingReport(List.of(hint(HintKind.BLAME, "lazy", "lazy", "", Place.TEXT, 0)), 1));
        store.remove(42);
        store.remove(44);
        assertAll(() -> assertEquals(WordingReport.NONE, store.byPage(42)),
                () -> assertEquals(WordingReport.NONE, store.byPage(44)));
    }

    @Test
    void theMostHintsAPageKeepsFitAndTheRestAreCounted() {
        List<WordingHint> hints = new ArrayList<>();
        for (int i = 0; i < WordingReport.MAX_KEPT; i++) {
            String excerpt = "\u2026" + "w".repeat(WordingHint.MAX_EXCERPT - 20) + " should have \u2026";
            hints.add(hint(HintKind.COUNTERFACTUAL, excerpt, "should have", "s".repeat(WordingHint.MAX_SECTION),
                    Place.TEXT, i * 1000));
        }
        WordingReport report = new WordingReport(hints, 1234);
        store.replace(42, report);
        assertAll(() -> assertEquals(report, store.byPage(42)),
                () -> assertEquals(1234 - WordingReport.MAX_KEPT, store.byPage(42).more()));
    }

    @Test
    void aRowThisVersionCannotReadIsLeftOutNotAFailure() {
        store.replace(42, new WordingReport(List.of(hint(HintKind.BLAME, "lazy", "lazy", "", Place.TEXT, 0)), 2));
        ao.executeInTransaction(() -> ao.create(WordingHintEntity.class,
                new DBParam(WordingHintEntity.HINT_KEY, "42:1"), new DBParam(WordingHintEntity.PAGE_ID, 42L),
                new DBParam(WordingHintEntity.HINT_NUMBER, 1), new DBParam(WordingHintEntity.HINT_KIND, "SARCASM"),
                new DBParam(WordingHintEntity.PLACE, "TEXT"), new DBParam(WordingHintEntity.EXCERPT, "x"),
                new DBParam(WordingHintEntity.MARK_FROM, 0), new DBParam(WordingHintEntity.MARK_TO, 1),
                new DBParam(WordingHintEntity.TEXT_OFFSET, 9), new DBParam(WordingHintEntity.HINTS_FOUND, 2)));
        WordingReport read = store.byPage(42);
        assertAll(() -> assertEquals(1, read.hints().size()), () -> assertEquals(2, read.found()));
    }
}
