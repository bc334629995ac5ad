package io.github.postmortems.confluence.jira;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.confluence.PageLookup;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

/**
 * Whether the signed-in user may edit a page: the gate of the "Create Jira issues" button and its endpoint. Only the
 * current version of a page counts: an old version, a trashed page or a draft is edited by nobody here.
 */
public class PagePermissions {

    private final PermissionManager permissions;
    private final PageManager pages;

    public PagePermissions(PermissionManager permissions, PageManager pages) {
        this.permissions = permissions;
        this.pages = pages;
    }

    public boolean mayEdit(ContentEntityObject page) {
        return page != null && page.isLatestVersion() && page.isCurrent() && permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page);
    }

    /** Whether the id names the current version of a page (not an old version, trashed page, draft or blog post). */
    public boolean isCurrentPage(long pageId) {
        return PageLookup.byId(pages, pageId) != null;
    }

    public boolean mayEdit(long pageId) {
        Page page = PageLookup.byId(pages, pageId);
        return mayEdit(page);
    }
}
