package io.github.postmortems.confluence.admin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

/**
 * Who may choose a space's Jira project, issue type and priorities: the space's administrators, and Confluence
 * administrators. Someone who is neither learns nothing about whether the space exists.
 */
public class SpaceAdminAccess {

    public enum Verdict { ANONYMOUS, NOT_SPACE_ADMIN, NO_SUCH_SPACE, ALLOWED }

    /** Longer than any space key Confluence makes: not looked up. */
    static final int MAX_SPACE_KEY_LENGTH = 255;

    private final AdminAccess admins;
    private final PermissionManager permissions;
    private final SpaceManager spaces;

    public SpaceAdminAccess(AdminAccess admins, PermissionManager permissions, SpaceManager spaces) {
        this.admins = admins;
        this.permissions = permissions;
        this.spaces = spaces;
    }

    /** For the user of the current request (REST resources). */
    public Verdict current(String spaceKey) {
        AdminAccess.Verdict site = admins.current();
        if (site == AdminAccess.Verdict.ANONYMOUS) {
            return Verdict.ANONYMOUS;
        }
        Space space = spaceKey == null || spaceKey.isBlank() || spaceKey.length() > MAX_SPACE_KEY_LENGTH ? null
                : spaces.getSpace(spaceKey);
        if (site == AdminAccess.Verdict.ADMIN) {
            return space == null ? Verdict.NO_SUCH_SPACE : Verdict.ALLOWED;
        }
        return space != null && permissions.hasPermission(AuthenticatedUserThreadLocal.get(),
                Permission.ADMINISTER, space)
                ? Verdict.ALLOWED : Verdict.NOT_SPACE_ADMIN;
    }
}
