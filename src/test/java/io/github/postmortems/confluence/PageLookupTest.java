package io.github.postmortems.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PageLookupTest {

    private final PageManager pages = mock(PageManager.class);

    @Test
    void aPageIsFoundByItsId() {
        Page page = HostPages.current();
        when(pages.getAbstractPage(7L)).thenReturn(page);

        assertSame(page, PageLookup.byId(pages, 7L));
    }

    @Test
    void aBlogPostOrNothingWithThatIdIsNoPage() {
        when(pages.getAbstractPage(8L)).thenReturn(mock(AbstractPage.class));

        assertNull(PageLookup.byId(pages, 8L));
        assertNull(PageLookup.byId(pages, 9L));
    }

    @Test
    void anOldVersionOfAPageIsNoPage() {
        Page old = HostPages.current();
        when(old.isLatestVersion()).thenReturn(false);
        when(pages.getAbstractPage(10L)).thenReturn(old);

        assertNull(PageLookup.byId(pages, 10L));
    }

    @Test
    void aTrashedPageOrADraftIsNoPage() {
        Page trashed = HostPages.current();
        when(trashed.isCurrent()).thenReturn(false);
        when(pages.getAbstractPage(11L)).thenReturn(trashed);

        assertNull(PageLookup.byId(pages, 11L));
    }
}
