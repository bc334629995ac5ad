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
        Page page = mock(Page.class);
        when(pages.getAbstractPage(7L)).thenReturn(page);

        assertSame(page, PageLookup.byId(pages, 7L));
    }

    @Test
    void aBlogPostOrNothingWithThatIdIsNoPage() {
        when(pages.getAbstractPage(8L)).thenReturn(mock(AbstractPage.class));

        assertNull(PageLookup.byId(pages, 8L));
        assertNull(PageLookup.byId(pages, 9L));
    }
}
