package io.github.postmortems.confluence.review;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.jira.Pages;
import io.github.postmortems.review.ReviewPages;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The review's pages on Confluence: read as the current version, written through the app's one page-write path. */
class ConfluenceReviewPagesTest {

    private final PageManager pageManager = mock(PageManager.class);
    private final Pages pages = mock(Pages.class);
    private final Page page = mock(Page.class);
    private final ConfluenceReviewPages reviewPages = new ConfluenceReviewPages(pageManager, pages);

    ConfluenceReviewPagesTest() {
        when(pageManager.getAbstractPage(4711L)).thenReturn(page);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        when(page.getId()).thenReturn(4711L);
        when(page.getSpaceKey()).thenReturn("OPS");
        when(page.getBodyAsString()).thenReturn("<p>x</p>");
        when(page.getVersion()).thenReturn(7);
    }

    @Test
    void readsTheCurrentVersionAndNothingElse() {
        assertEquals(Optional.of(new ReviewPages.Page(4711, "OPS", "<p>x</p>", 7)), reviewPages.read(4711));
        when(page.isLatestVersion()).thenReturn(false);
        assertEquals(Optional.empty(), reviewPages.read(4711), "an old version is no page to review");
    }

    @Test
    void writesThroughThePageWritePathAndAnswersTheVersionSaved() {
        UnaryOperator<String> edit = storage -> storage + "<p>y</p>";
        when(pages.update(eq(4711L), any(), eq("Postmortem approved"))).thenAnswer(call -> {
            when(page.getVersion()).thenReturn(8);
            return true;
        });

        assertEquals(OptionalInt.of(8), reviewPages.write(4711, edit, "Postmortem approved"));
        verify(pages).update(4711L, edit, "Postmortem approved");

        when(pages.update(eq(4711L), any(), anyString())).thenReturn(false);
        assertEquals(OptionalInt.empty(), reviewPages.write(4711, edit, "again"), "nothing saved");
    }
}
