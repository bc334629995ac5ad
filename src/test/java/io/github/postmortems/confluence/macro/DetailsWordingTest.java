package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.index.AoWordingStore;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.wording.HintKind;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import io.github.postmortems.wording.WordingStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.context;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The details card's "Wording to reconsider": what indexing kept for the page (Active Objects on H2), shown to people
 * who may edit the page and to nobody else, in the viewer's language, without reading the page on view.
 */
class DetailsWordingTest {

    /** The page id {@link MacroFixture#context} renders. */
    static final long PAGE = 98_305L;
    private static final String STORAGE = sample("blameful-wording.xml");

    private final MacroFixture fixture = new MacroFixture();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;
    private WordingStore store;

    @BeforeEach
    void indexedAndSignedIn() {
        store = indexed(STORAGE);
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    /** The sample indexed as Confluence indexes a saved page: the wording store is the real one, on H2. */
    static WordingStore indexed(String storage) {
        AoWordingStore store = new AoWordingStore(TestDatabase.h2().emptied());
        new IndexPostmortemPage(new InMemoryPages().page(PAGE, "Postmortem: certificate expiry", storage),
                new StorageReader(), new InMemoryTrackedIssues(), new InMemoryPostmortemIndex(),
                FixedSettings.project("OPS"), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC),
                store).index(PAGE);
        return store;
    }

    private void editor() {
        when(fixture.permissions.hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(true);
    }

    private Document render(MacroFixture with) {
        return html(with.detailsMacro(store).execute(Map.of(), body(STORAGE, "postmortem-details"),
                display(STORAGE)));
    }

    @Test
    void anEditorSeesEachHintWithWhereItIsTheWordsAroundItAndWhatToWriteInstead() {
        editor();
        Document card = render(fixture);
        Element section = card.selectFirst("details.pm-wording");
        assertNotNull(section, card.outerHtml());
        List<Element> hints = section.select(".pm-wording__hint");
        assertAll(
                () -> assertEquals("Wording to reconsider (6)", section.selectFirst("summary").text()),
                () -> assertFalse(section.hasAttr("open"), "collapsed until opened; no script needed"),
                () -> assertEquals(6, hints.size()),
                () -> assertEquals(List.of("Summary", "What happened \u203a Timeline", "Root cause", "Root cause",
                        "What went wrong", "What went wrong"), section.select(".pm-wording__where").eachText()),
                () -> assertEquals(List.of("Human error", "Person named", "Person named", "Counterfactual", "Blame",
                        "Blame"), section.select(".pm-wording__kind").eachText()),
                () -> assertEquals("@Jo Doe forgot to", hints.get(1).selectFirst("mark").text(),
                        "a mention shows its person's name today"),
                () -> assertEquals("Certificate expires; @Jo Doe forgot to renew it last week",
                        hints.get(1).selectFirst(".pm-wording__excerpt").text()),
                () -> assertEquals("Dana failed to", hints.get(2).selectFirst("mark").text()),
                () -> assertTrue(hints.get(0).selectFirst(".pm-wording__suggestion").text()
                        .contains("what the system allowed"), hints.get(0).text()),
                () -> assertNull(section.selectFirst(".pm-wording__more")));
    }

    @Test
    void aReaderWhoMayNotEditSeesNoneOfIt() {
        when(fixture.permissions.hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(false);
        Document card = render(fixture);
        assertAll(
                () -> assertTrue(card.select(".pm-wording").isEmpty(), card.outerHtml()),
                () -> assertFalse(card.text().contains("forgot"), "no excerpt anywhere"),
                () -> assertEquals("Certificate expiry on the payment gateway",
                        card.selectFirst(".pm-card__title").text(), "the card itself is as before"));
    }

    @Test
    void anOldVersionAPdfAndAPreviewOfAnUnsavedPageShowNone() {
        editor();
        var pdf = context("pdf", STORAGE);
        var preview = display(STORAGE);
        when(preview.getEntity()).thenReturn(null);
        var oldVersion = display(STORAGE);
        when(oldVersion.getEntity().isLatestVersion()).thenReturn(false);
        for (var context : List.of(pdf, preview, oldVersion)) {
            String output = fixture.detailsMacro(store).execute(Map.of(), body(STORAGE, "postmortem-details"), context);
            assertTrue(html(output).select(".pm-wording").isEmpty(), output);
        }
    }

    @Test
    void aPageNotIndexedYetShowsNothingAndIsNotReadOnView() {
        editor();
        store = WordingStore.NOT_KEPT;
        Document card = render(fixture);
        assertTrue(card.select(".pm-wording").isEmpty(), "the body holds blameful words, but a view never checks");
    }

    @Test
    void theViewersLanguageGivesTheLabelsAndSuggestionsThePagesWordsStayAsWritten() {
        MacroFixture german = new MacroFixture(BundleMessages.of("de"));
        when(german.permissions.hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(true);
        Document card = render(german);
        Element section = card.selectFirst("details.pm-wording");
        assertAll(
                () -> assertEquals("Zu \u00fcberdenkende Formulierungen (6)", section.selectFirst("summary").text()),
                () -> assertEquals("Menschliches Versagen", section.selectFirst(".pm-wording__kind").text()),
                () -> assertEquals("What happened \u203a Zeitleiste", section.select(".pm-wording__where").get(1).text()),
                () -> assertEquals("human error", section.selectFirst("mark").text()));
        MacroFixture french = new MacroFixture(BundleMessages.of("fr"));
        when(french.permissions.hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(true);
        assertEquals("Formulations \u00e0 revoir (6)", render(french).selectFirst("summary").text());
    }

    @Test
    void wordsFromThePageAreEscapedAndTheCountBeyondTheKeptOnesIsSaid() {
        editor();
        List<WordingHint> hints = new ArrayList<>();
        String excerpt = "<img src=x onerror=alert(1)> we should have <script>x()</script>";
        for (int i = 0; i < WordingReport.MAX_KEPT; i++) {
            hints.add(new WordingHint(HintKind.COUNTERFACTUAL, excerpt, excerpt.indexOf("should"),
                    excerpt.indexOf("should") + "should have".length(), "<b>Root</b>", Place.TEXT, i));
        }
        store = new AoWordingStore(TestDatabase.h2().emptied());
        store.replace(PAGE, new WordingReport(hints, 57));
        Document card = render(fixture);
        assertAll(
                () -> assertTrue(card.select(".pm-wording img, .pm-wording script, .pm-wording b").isEmpty()),
                () -> assertEquals(excerpt, card.selectFirst(".pm-wording__excerpt").text()),
                () -> assertEquals("<b>Root</b>", card.selectFirst(".pm-wording__where").text()),
                () -> assertEquals("Wording to reconsider (57)", card.selectFirst("summary").text()),
                () -> assertEquals("And 7 more, not shown here.", card.selectFirst(".pm-wording__more").text()));
    }
}
