package io.github.postmortems.confluence;

import com.atlassian.confluence.pages.Page;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Host pages for adapter tests: a plain Mockito page answers false to everything, which reads as an old version. */
public final class HostPages {

    private HostPages() {
    }

    /** The current version of a page, as the page manager hands it out for a page nobody trashed. */
    public static Page current() {
        Page page = mock(Page.class);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        return page;
    }
}
