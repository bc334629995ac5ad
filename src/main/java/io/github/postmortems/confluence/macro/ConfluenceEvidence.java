package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.user.User;
import io.github.postmortems.timeline.Evidence;

import java.util.Optional;

/**
 * {@link EvidenceLinks} on Confluence's page and attachment managers, for the signed-in viewer: a page they may view
 * (VIEW covers page restrictions) links to its URL, a file attached to such a page to its download path.
 */
public class ConfluenceEvidence {

    private final PageManager pages;
    private final AttachmentManager attachments;
    private final PermissionManager permissions;

    public ConfluenceEvidence(PageManager pages, AttachmentManager attachments, PermissionManager permissions) {
        this.pages = pages;
        this.attachments = attachments;
        this.permissions = permissions;
    }

    /**
     * @param page     the page being rendered, which owns attachments named without a page; null in a preview
     * @param spaceKey its space, for pages named without one; "" when unknown
     */
    public EvidenceLinks on(ContentEntityObject page, String spaceKey) {
        return evidence -> {
            if (evidence instanceof Evidence.Page named) {
                return visiblePage(named, spaceKey).map(Page::getUrlPath);
            }
            if (evidence instanceof Evidence.Attachment file) {
                Optional<? extends ContentEntityObject> owner = file.page() == null
                        ? Optional.ofNullable(page).filter(this::visible)
                        : visiblePage(file.page(), spaceKey);
                return owner.map(container -> attachments.getAttachment(container, file.fileName()))
                        .map(Attachment::getDownloadPath);
            }
            return Optional.empty();
        };
    }

    @SuppressWarnings("deprecation") // the lookup by space and title has no replacement on PageManager in 8.7.2
    private Optional<Page> visiblePage(Evidence.Page named, String currentSpace) {
        String space = named.spaceKey().isEmpty() ? currentSpace : named.spaceKey();
        if (space == null || space.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(pages.getPage(space, named.title())).filter(this::visible);
    }

    private boolean visible(ContentEntityObject content) {
        return permissions.hasPermission(viewer(), Permission.VIEW, content);
    }

    /** The signed-in user, or null for anonymous access; asked only when there is something to look up. */
    User viewer() {
        return AuthenticatedUserThreadLocal.get();
    }
}
