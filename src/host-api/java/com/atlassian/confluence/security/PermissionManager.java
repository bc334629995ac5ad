package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Host type (an interface). hasPermission(User, Permission, Object): the call public Confluence plugins make as
 * {@code permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page)}; the javadoc
 * (5.7.1 class-use of Permission) shows the sibling getPermittedEntities(com.atlassian.user.User, Permission, ...).
 */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);

    /**
     * Whether the user may create content of that type in the container (a space): host-signatures confluence.tsv.
     */
    boolean hasCreatePermission(User user, Object container, Class typeToCreate);
}
