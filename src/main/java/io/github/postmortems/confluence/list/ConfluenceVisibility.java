package io.github.postmortems.confluence.list;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.github.postmortems.confluence.PageLookup;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.report.Visibility;

import java.util.Optional;

/**
 * What the signed-in user may see, from Confluence's permission manager: VIEW on the space, then VIEW on the page
 * (which covers page restrictions, inherited ones included). Anonymous users get what anonymous access allows.
 */
public class ConfluenceVisibility {

    private final PermissionManager permissions;
    private final SpaceManager spaces;
    private final PageManager pages;

    public ConfluenceVisibility(PermissionManager permissions, SpaceManager spaces, PageManager pages) {
        this.permissions = permissions;
        this.spaces = spaces;
        this.pages = pages;
    }

    /** The current user's view, for one render or one export. */
    public Visibility ofCurrentUser() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        // A user without a key cannot be told apart from another: their checks are never remembered.
        Optional<String> viewer = user == null ? Optional.of("anonymous")
                : Optional.ofNullable(user.getKey()).map(key -> "user:" + key.getStringValue());
        return new Visibility() {
            @Override
            public Optional<String> viewer() {
                return viewer;
            }

            @Override
            public boolean maySeeSpace(String spaceKey) {
                Space space = spaces.getSpace(spaceKey);
                return space != null && permissions.hasPermission(user, Permission.VIEW, space);
            }

            @Override
            public boolean maySeePage(long pageId) {
                Page page = PageLookup.byId(pages, pageId);
                return page != null && permissions.hasPermission(user, Permission.VIEW, page);
            }
        };
    }
}
