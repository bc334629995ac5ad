package io.github.postmortems.confluence.jira;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.confluence.PageLookup;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

/** Whether the signed-in user may edit a page: the gate of the "Create Jira issues" button and its endpoint. */
public class PagePermissions {

    private final PermissionManager permissions;
    private final PageManager pages;

    public PagePermissions(PermissionManager permissions, PageManager pages) {
        this.permissions = permissions;
        this.pages = pages;
    }

    public boolean mayEdit(ContentEntityObject page) {
        return page != null && permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page);
    }

    public boolean mayEdit(long pageId) {
        Page page = PageLookup.byId(pages, pageId);
        return mayEdit(page);
    }
}
