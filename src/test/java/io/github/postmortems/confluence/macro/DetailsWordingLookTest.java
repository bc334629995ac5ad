package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.index.AoWordingStore;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.LookReport;
import io.github.postmortems.look.Theme;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.wording.HintKind;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import io.github.postmortems.wording.WordingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The details card as an editor sees it with wording hints, in a real headless Chromium with AUI's CSS, light and
 * dark, at 1024 px: closed (one summary line) and opened, in each bundled language, and with hostile words.
 */
class DetailsWordingLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");
    private static final String STORAGE = sample("blameful-wording.xml");

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr"})
    void theCardWithItsWordingReadsWellClosedAndOpenInEveryLanguage(String language) {
        String card = editorsCard(new MacroFixture(BundleMessages.of(language)),
                DetailsWordingTest.indexed(STORAGE));
        assertEquals(1, org.jsoup.Jsoup.parse(card).select("details.pm-wording").size(), card);

        headless.look().assertLooksRight("details-wording-closed-" + language,
                LookPage.titled("Postmortem: certificate expiry").stylesheet(STYLESHEET).fragment(card));
        LookReport open = headless.look().assertLooksRight("details-wording-open-" + language,
                LookPage.titled("Postmortem: certificate expiry").stylesheet(STYLESHEET).fragment(opened(card)));
        for (Theme theme : Theme.values()) {
            assertTrue(Files.exists(open.theme(theme).screenshot()));
        }
    }

    @Test
    void longWordsLongHeadingsAndTheMostHintsStayInsideThePage() {
        List<WordingHint> hints = new ArrayList<>();
        String excerpt = "\u2026" + "Averyveryverylongwordwithoutanyspaces".repeat(4) + " we should have "
                + "x".repeat(120) + "\u2026";
        for (int i = 0; i < WordingReport.MAX_KEPT; i++) {
            hints.add(new WordingHint(HintKind.values()[i % HintKind.values().length], excerpt,
                    excerpt.indexOf("should"), excerpt.indexOf("should") + "should have".length(),
                    "Heading".repeat(28), Place.values()[i % Place.values().length], i));
        }
        AoWordingStore store = new AoWordingStore(TestDatabase.h2().emptied());
        store.replace(DetailsWordingTest.PAGE, new WordingReport(hints, 400));
        String card = opened(editorsCard(new MacroFixture(), store));
        headless.look().assertLooksRight("details-wording-long", LookPage.titled("Long wording hints")
                .stylesheet(STYLESHEET).fragment(card));
    }

    private static String editorsCard(MacroFixture fixture, WordingStore store) {
        when(fixture.permissions().hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(true);
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            return fixture.detailsMacro(store).execute(Map.of(), body(STORAGE, "postmortem-details"),
                    display(STORAGE));
        }
    }

    /** As after a click on the summary: the browser opens a details element by this attribute, no script. */
    private static String opened(String card) {
        return card.replace("<details class=\"pm-wording\">", "<details class=\"pm-wording\" open>");
    }
}
