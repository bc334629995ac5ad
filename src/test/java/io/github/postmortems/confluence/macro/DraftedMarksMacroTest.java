package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.blueprint.ContextProviderFixtures;
import io.github.postmortems.blueprint.DraftedPrints;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.index.AoDraftedRows;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.LookPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/**
 * Issue 15 item 4: a drafted row keeps its "From Jira" mark in the timeline and on the board only while it reads as
 * it was drafted; a row a person edited shows as theirs. Real readers, the real template's page, the fingerprints
 * remembered in Active Objects on H2 as the page-created event remembers them.
 */
class DraftedMarksMacroTest {

    /** The page id {@link MacroFixture#context} renders. */
    private static final long PAGE_ID = 98_305L;

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");

    @RegisterExtension
    static final Browser headless = Browser.withAui();
    private final MacroFixture fixture = new MacroFixture();
    private AoDraftedRows memory;

    @BeforeEach
    void rememberTheDraftedRowsAsThePageWasCreated() {
        memory = new AoDraftedRows(TestDatabase.h2().emptied());
        memory.remember(PAGE_ID, DraftedPrints.of(DraftedPages.rows(), ContextProviderFixtures.sample().zone(),
                BundleMessages.english()));
    }

    @ParameterizedTest(name = "body as {0}")
    @ValueSource(strings = {"storage", "view"})
    void anEditedRowLosesItsMarkAndAnUntouchedRowKeepsIt(String dialect) {
        String page = DraftedPages.page()
                .replace("Priority changed from High to Highest", "Priority raised to Highest by the on-call lead")
                .replace("Retry card payments with backoff", "Retry card payments with jittered backoff");
        if (dialect.equals("view")) {
            page = page.replace(DraftedRows.mark("From Jira"),
                    "<span class=\"status-macro aui-lozenge\">From Jira</span>");
        }
        String timelineOutput = timeline(page, display(page));
        String boardOutput = board(page, display(page));
        Document timeline = MacroFixture.html(timelineOutput);
        Document board = MacroFixture.html(boardOutput);

        assertEquals(DraftedPages.TIMELINE_ROWS - 1, timeline.select(".pm-drafted").size(), timeline.html());
        assertEquals(List.of(), linesWithMark(timeline, "Priority raised"), "the edited event is a person's row");
        assertEquals(1, linesWithMark(timeline, "Status changed from Open to Investigating").size());
        assertEquals(DraftedPages.COUNTERMEASURE_ROWS - 1, board.select(".pm-drafted").size(), board.html());
        assertEquals(List.of(), linesWithMark(board, "jittered backoff"));
        assertEquals(1, linesWithMark(board, "Alert on the card processor").size());
        if (dialect.equals("storage")) {
            headless.look().assertLooksRight("macros-drafted-edited", LookPage.titled("Drafted rows, two edited")
                    .stylesheet(STYLESHEET).fragment(timelineOutput).fragment(boardOutput));
        }
    }

    @Test
    void anUntouchedPageKeepsEveryMark() {
        String page = DraftedPages.page();
        assertEquals(DraftedPages.TIMELINE_ROWS,
                MacroFixture.html(timeline(page, display(page))).select(".pm-drafted").size());
        assertEquals(DraftedPages.COUNTERMEASURE_ROWS,
                MacroFixture.html(board(page, display(page))).select(".pm-drafted").size());
    }

    @Test
    void aChangedTimeOrEvidenceCountsAsAnEditToo() {
        String page = DraftedPages.page().replace("2026-10-05 11:05", "2026-10-05 11:15")
                .replace("focusedCommentId=10456", "focusedCommentId=10457");
        Document timeline = MacroFixture.html(timeline(page, display(page)));
        assertEquals(DraftedPages.TIMELINE_ROWS - 2, timeline.select(".pm-drafted").size(), timeline.html());
    }

    @Test
    void aPageWithNothingRememberedShowsItsLozengesAsWritten() {
        String page = DraftedPages.page().replace("Priority changed from High to Highest", "Edited");
        memory.remember(PAGE_ID, Map.of());
        assertEquals(DraftedPages.TIMELINE_ROWS,
                MacroFixture.html(timeline(page, display(page))).select(".pm-drafted").size());
    }

    @Test
    void bothMacrosOfOneRenderAskTheMemoryOnce() {
        AtomicInteger asked = new AtomicInteger();
        DraftedRowMemory counting = new DraftedRowMemory() {
            @Override
            public void remember(long pageId, Map<String, String> printsBySource) {
                memory.remember(pageId, printsBySource);
            }

            @Override
            public Set<String> prints(long pageId) {
                asked.incrementAndGet();
                return memory.prints(pageId);
            }
        };
        String page = DraftedPages.page();
        ConversionContext render = MacroFixture.render(page);
        fixture.timelineMacro(counting).execute(Map.of(), body(page, "incident-timeline"), render);
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            fixture.countermeasuresMacro(counting).execute(Map.of(), body(page, "countermeasures"), render);
        }
        assertEquals(1, asked.get());
    }

    private String timeline(String page, ConversionContext context) {
        return fixture.timelineMacro(memory).execute(Map.of(), body(page, "incident-timeline"), context);
    }

    private String board(String page, ConversionContext context) {
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            return fixture.countermeasuresMacro(memory).execute(Map.of(), body(page, "countermeasures"), context);
        }
    }

    /** The marks on the timeline line or board row whose text contains {@code text}. */
    private static List<Element> linesWithMark(Document html, String text) {
        return html.select(".pm-drafted").stream()
                .filter(mark -> mark.parents().stream().anyMatch(parent -> parent.is("li, tr")
                        && parent.text().contains(text)))
                .toList();
    }
}
