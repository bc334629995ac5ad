package io.github.postmortems.confluence.automation;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.github.postmortems.automation.PageRef;
import io.github.postmortems.automation.PostmortemPages;
import io.github.postmortems.automation.PostmortemTemplate;
import io.github.postmortems.confluence.PageLookup;
import io.github.postmortems.confluence.blueprint.PostmortemPageCreatedListener;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Optional;

/**
 * Spaces and pages as the signed-in caller may use them, and the page the blueprint would make, saved the way
 * create-content saves a blueprint page ({@code DefaultContentBlueprintService.createPage}, 8.7.2): labelled with the
 * blueprint's index key, put under the space's index page, saved with the default save context. The index page is
 * found and, when missing, made as create-content's {@code DefaultIndexPageManager} and
 * {@code DefaultBlueprintContentGenerator} do: by its system label {@code blueprint-index-page} in the blueprint's
 * namespace, from the index template, under the space's home page, titled by the blueprint's index title (with
 * " (2)", " (3)" when that title is in use). Not done here: create-content also pins a new index page to the space's
 * sidebar, through its own (non-API) manager.
 */
public class ConfluencePostmortemPages implements PostmortemPages {

    /** The blueprint's {@code index-key}: the label the list macro and the index read. */
    static final String INDEX_KEY = "postmortem";
    static final String INDEX_PAGE_LABEL = "blueprint-index-page";
    static final String BLUEPRINT = PostmortemPageCreatedListener.PLUGIN_KEY + ":"
            + PostmortemPageCreatedListener.BLUEPRINT_MODULE_KEY;
    static final String INDEX_TITLE_KEY = "postmortems.blueprint.index.title";

    /** The host services this adapter uses. */
    public record Host(SpaceManager spaces, PermissionManager permissions, PageManager pages, LabelManager labels,
                       TransactionTemplate transactions, ApplicationProperties application) {
    }

    private final Host host;
    private final Messages messages;

    public ConfluencePostmortemPages(Host host, Messages messages) {
        this.host = host;
        this.messages = messages;
    }

    @Override
    public SpaceAccess access(String spaceKey) {
        Space space = host.spaces().getSpace(spaceKey);
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (space == null || !host.permissions().hasPermission(user, Permission.VIEW, space)) {
            return SpaceAccess.UNKNOWN;
        }
        return host.permissions().hasCreatePermission(user, space, Page.class) ? SpaceAccess.CREATE
                : SpaceAccess.READ_ONLY;
    }

    @Override
    public Optional<PageRef> current(long pageId) {
        Page page = PageLookup.byId(host.pages(), pageId);
        return page == null ? Optional.empty() : Optional.of(ref(page));
    }

    @Override
    public boolean mayView(long pageId) {
        Page page = PageLookup.byId(host.pages(), pageId);
        return page != null
                && host.permissions().hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, page);
    }

    @Override
    public PageRef create(String spaceKey, List<String> titles, String storage) {
        return host.transactions().execute(() -> {
            Space space = host.spaces().getSpace(spaceKey);
            if (space == null) {
                throw new IllegalStateException("space " + spaceKey + " is gone");
            }
            String title = titles.stream().filter(candidate -> host.pages().getPage(spaceKey, candidate) == null)
                    .findFirst().orElseThrow(() -> new IllegalStateException("every title is in use: " + titles));
            Page page = new Page();
            page.setSpace(space);
            page.setTitle(title);
            page.setBodyAsString(storage);
            host.labels().addLabel(page, new Label(INDEX_KEY));
            indexPage(space).addChild(page);
            host.pages().saveContentEntity(page, DefaultSaveContext.DEFAULT);
            return ref(page);
        });
    }

    private Page indexPage(Space space) {
        Label label = indexPageLabel();
        for (ContentEntityObject labelled : host.labels().getContentInSpaceForLabel(0, 20, space.getKey(), label)
                .getList()) {
            if (labelled instanceof Page page && page.isCurrent()) {
                return page;
            }
        }
        String desired = messages.text(INDEX_TITLE_KEY);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String title = attempt == 1 ? desired : desired + " (" + attempt + ")";
            if (host.pages().getPage(space.getKey(), title) != null) {
                continue;
            }
            Page index = new Page();
            index.setSpace(space);
            index.setTitle(title);
            index.setBodyAsString(PostmortemTemplate.index().render(java.util.Map.of(), messages));
            host.labels().addLabel(index, indexPageLabel());
            Page home = space.getHomePage();
            if (home != null) {
                home.addChild(index);
            }
            host.pages().saveContentEntity(index, new DefaultSaveContext(true, true, false));
            return index;
        }
        throw new IllegalStateException("no free title for the postmortem index page in " + space.getKey());
    }

    private static Label indexPageLabel() {
        return new Label(INDEX_PAGE_LABEL, Namespace.getNamespace(BLUEPRINT));
    }

    private PageRef ref(Page page) {
        String base = host.application().getBaseUrl(UrlMode.CANONICAL);
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new PageRef(page.getId(), trimmed + page.getUrlPath());
    }
}
