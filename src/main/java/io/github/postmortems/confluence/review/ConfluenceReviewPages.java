package io.github.postmortems.confluence.review;

import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.confluence.PageLookup;
import io.github.postmortems.jira.Pages;
import io.github.postmortems.review.ReviewPages;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/** {@link ReviewPages} on Confluence: written through the app's one page-write path ({@link Pages#update}). */
public class ConfluenceReviewPages implements ReviewPages {

    private final PageManager pageManager;
    private final Pages pages;

    public ConfluenceReviewPages(PageManager pageManager, Pages pages) {
        this.pageManager = pageManager;
        this.pages = pages;
    }

    @Override
    public Optional<Page> read(long pageId) {
        com.atlassian.confluence.pages.Page page = PageLookup.byId(pageManager, pageId);
        return page == null ? Optional.empty()
                : Optional.of(new Page(page.getId(), page.getSpaceKey(), page.getBodyAsString(), page.getVersion()));
    }

    @Override
    public OptionalInt write(long pageId, UnaryOperator<String> edit, String comment) {
        if (!pages.update(pageId, edit, comment)) {
            return OptionalInt.empty();
        }
        // Read back in the same transaction: the version just saved (the page manager hands the current one out).
        com.atlassian.confluence.pages.Page saved = PageLookup.byId(pageManager, pageId);
        return saved == null ? OptionalInt.empty() : OptionalInt.of(saved.getVersion());
    }
}
