package io.github.postmortems.confluence.jira;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.confluence.PageLookup;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.postmortems.jira.Pages;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link Pages} on Confluence's page manager. */
public class ConfluencePages implements Pages {

    private final PageManager pageManager;
    private final ApplicationProperties application;

    public ConfluencePages(PageManager pageManager, ApplicationProperties application) {
        this.pageManager = pageManager;
        this.application = application;
    }

    @Override
    public Optional<PageContent> read(long pageId) {
        Page page = PageLookup.byId(pageManager, pageId);
        if (page == null) {
            return Optional.empty();
        }
        String base = application.getBaseUrl(UrlMode.CANONICAL).replaceAll("/+$", "");
        return Optional.of(new PageContent(page.getId(), page.getTitle(), page.getSpaceKey(), page.getBodyAsString(),
                base + page.getUrlPath()));
    }

    @Override
    public boolean update(long pageId, UnaryOperator<String> edit, String comment) {
        Page page = PageLookup.byId(pageManager, pageId);
        if (page == null || edit.apply(page.getBodyAsString()).equals(page.getBodyAsString())) {
            return false;
        }
        // The edit runs again on the version being saved, so a save that came in between is kept, not overwritten.
        Modification<Page> modification = current -> {
            current.setBodyAsString(edit.apply(current.getBodyAsString()));
            current.setVersionComment(comment);
        };
        // Suppress notifications (a bookkeeping edit), credit the user who pressed the button, keep events (index).
        pageManager.saveNewVersion(page, modification, new DefaultSaveContext(true, true, false));
        return true;
    }
}
