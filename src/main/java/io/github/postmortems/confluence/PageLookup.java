package io.github.postmortems.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;

/**
 * Finds a page by id for the adapters: postmortems are pages, so a blog post with that id counts as none, and so do a
 * historical version, a trashed page and a draft (the id of an old version would let a write land on history).
 */
public final class PageLookup {

    private PageLookup() {
    }

    /** The current version of the page with this id, or null when the id names anything else. */
    @SuppressWarnings("deprecation") // every id lookup is deprecated in 8.7.2; see PageManager's declaration
    public static Page byId(PageManager pages, long id) {
        return pages.getAbstractPage(id) instanceof Page page && page.isLatestVersion() && page.isCurrent() ? page
                : null;
    }
}
