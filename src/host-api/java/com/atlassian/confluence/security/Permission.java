package com.atlassian.confluence.security;

/**
 * Host type (a class with static instances): Atlassian javadoc "Uses of Class com.atlassian.confluence.security.
 * Permission" (atlassian-confluence 5.7.1) lists static fields ADMINISTER, EDIT, EXPORT, REMOVE, SET_PERMISSIONS,
 * VIEW; public plugins use Permission.VIEW / Permission.EDIT with PermissionManager.hasPermission. Only the two we
 * read are declared; the JVM resolves them as fields of the real class.
 */
public class Permission {

    public static final Permission VIEW = new Permission();
    public static final Permission EDIT = new Permission();

    protected Permission() {
    }
}
