package io.github.postmortems.confluence.macro;

import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonObject;
import io.github.postmortems.confluence.rest.PostmortemListRowsResource;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.Chromium;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The list's "Show more" script in a real headless Chromium: the macro as it renders, and behind {@code fetch} the
 * answers the real rows resource gives for the button's URLs (any other URL fails as a server error would).
 */
class ShowMoreInBrowserTest {

    private static final Path SCRIPT = Path.of("src/main/resources/js/postmortem-list-more.js");
    private static final Map<String, String> LIST = Map.of("spaces", "@all", "sort", "title", "max", "5");
    @RegisterExtension
    static final Browser headless = Browser.plain();

    private final MacroFixture fixture = new MacroFixture();
    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void twelvePostmortemsJoMaySee() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        when(fixture.spaces.getSpace(anyString())).thenReturn(mock(Space.class));
        Page page = HostPages.current();
        when(fixture.pages.getAbstractPage(anyLong())).thenReturn(page);
        ListSamples.summaries(12).forEach(index::upsert);
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    private String rowsAnswer(int offset) {
        PostmortemListRowsResource resource = new PostmortemListRowsResource(
                new ListPostmortems(index, fixture.clock), fixture.visibility(), new ListViews(SloPolicyStore.DEFAULTS), fixture.viewers(),
                fixture.templates());
        return (String) resource.rows("@all", null, null, null, null, null, "title", null, String.valueOf(offset), "5")
                .getEntity();
    }

    private Path page(String name, Map<String, String> answers) throws IOException {
        String list = fixture.listMacro(index).execute(LIST, null, display(""));
        JsonObject byUrl = new JsonObject();
        answers.forEach(byUrl::addProperty);
        String shim = """
                window.calls = [];
                const answers = %s;
                window.fetch = function (url) {
                  window.calls.push(url);
                  const body = answers[url];
                  return new Promise(resolve => setTimeout(() => resolve(body === undefined
                      ? {ok: false, status: 500, json: () => Promise.resolve({message: 'broken'})}
                      : {ok: true, status: 200, json: () => Promise.resolve(JSON.parse(body))}), 15));
                };
                """.formatted(byUrl);
        Path page = LookEnvironment.targetDirectory().resolve("look/" + name + ".html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + list
                + "<script>" + shim + "</script><script>" + Files.readString(SCRIPT) + "</script></body></html>");
        return page;
    }

    private static void clickAndWait(BrowserPage browser) {
        browser.evaluate("document.querySelector('.pm-list__show-more-button').click(), true");
        browser.evaluate("new Promise(done => { const wait = () => { const b = document.querySelector("
                + "'.pm-list__show-more-button'); b && b.disabled ? setTimeout(wait, 20) : done(true); }; wait(); })");
    }

    private static List<String> pageIds(BrowserPage browser) {
        return List.of(browser.evaluate("Array.from(document.querySelectorAll('.pm-list__table tbody tr'))"
                + ".map(tr => tr.dataset.pageId).join(',')").getAsString().split(","));
    }

    private List<String> allInOrder() {
        return MacroFixture.html(fixture.listMacro(index).execute(Map.of("spaces", "@all", "sort", "title", "max",
                "12"), null, display(""))).select("tbody tr").eachAttr("data-page-id");
    }

    @Test
    void appendsPageAfterPageUntilNoneFollowThenRemovesTheButton() throws IOException {
        String base = "/confluence/rest/postmortems/1.0/list/rows?sort=title&spaces=%40all";
        Path page = page("show-more", Map.of(base + "&offset=5&max=5", rowsAnswer(5),
                base + "&offset=10&max=5", rowsAnswer(10)));
        try (BrowserPage browser = headless.chromium().newPage()) {
            browser.open(page);
            clickAndWait(browser);
            assertEquals(allInOrder().subList(0, 10), pageIds(browser));
            clickAndWait(browser);
            assertEquals(allInOrder(), pageIds(browser));
            assertTrue(browser.evaluate("document.querySelector('.pm-list__show-more') === null").getAsBoolean());
            assertTrue(browser.evaluate("document.querySelector('a.pm-list__export') !== null").getAsBoolean());
            assertEquals("[\"" + base + "&offset=5&max=5\",\"" + base + "&offset=10&max=5\"]",
                    browser.evaluate("JSON.stringify(window.calls)").getAsString());
        }
    }

    @Test
    void aFailureShowsAMessageAndKeepsTheRowsAndTheButton() throws IOException {
        String base = "/confluence/rest/postmortems/1.0/list/rows?sort=title&spaces=%40all";
        Path page = page("show-more-failing", Map.of(base + "&offset=5&max=5", rowsAnswer(5)));
        try (BrowserPage browser = headless.chromium().newPage()) {
            browser.open(page);
            clickAndWait(browser);
            clickAndWait(browser);
            assertEquals(allInOrder().subList(0, 10), pageIds(browser));
            assertEquals("The next postmortems could not be loaded. The rows shown stay; try again, or download "
                    + "the CSV.", browser.evaluate("document.querySelector('.pm-list__show-more-failure.aui-message')"
                    + ".textContent").getAsString());
            assertEquals("Show more", browser.evaluate("document.querySelector('.pm-list__show-more-button')"
                    + ".textContent").getAsString());
            assertFalse(browser.evaluate("document.querySelector('.pm-list__show-more-button').disabled")
                    .getAsBoolean());
        }
    }
}
