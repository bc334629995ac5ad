package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Host type (an interface). hasPermission(User, Permission, Object): the call public Confluence plugins make as
 * {@code permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page)}; the javadoc
 * (5.7.1 class-use of Permission) shows the sibling getPermittedEntities(com.atlassian.user.User, Permission, ...).
 */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);
}
