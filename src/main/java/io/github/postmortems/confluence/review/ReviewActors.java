package io.github.postmortems.confluence.review;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.Person;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as a review sees them on one page: whether they may view it, edit it, and which of the
 * rules' approver groups they belong to (asked of the host per group the rules name, at most a few hundred).
 */
public class ReviewActors {

    private final PermissionManager permissions;
    private final PagePermissions pagePermissions;
    private final UserManager users;

    public ReviewActors(PermissionManager permissions, PagePermissions pagePermissions, UserManager users) {
        this.permissions = permissions;
        this.pagePermissions = pagePermissions;
        this.users = users;
    }

    /** The signed-in person, if they may view the page; empty for anonymous people and those who may not. */
    public Optional<Person> current(ContentEntityObject page, ApprovalRules rules) {
        // SAL's answer first: an anonymous view (most page views on a public site) asks Confluence nothing more.
        if (page == null || users.getRemoteUserKey() == null) {
            return Optional.empty();
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null || page == null || user.getKey() == null
                || !permissions.hasPermission(user, Permission.VIEW, page)) {
            return Optional.empty();
        }
        UserKey key = user.getKey();
        Set<String> groups = new LinkedHashSet<>();
        for (String group : rules.groups()) {
            if (users.isUserInGroup(key, group)) {
                groups.add(group);
            }
        }
        return Optional.of(new Person(key.getStringValue(), user.getName(), groups, pagePermissions.mayEdit(page)));
    }
}
