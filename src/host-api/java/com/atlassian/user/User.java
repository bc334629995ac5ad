package com.atlassian.user;

/**
 * Host type (an interface): atlassian-user's User, which ConfluenceUser extends (verified in Confluence's decompiled
 * ConfluenceUser: "public interface ConfluenceUser extends User, RelatableEntity"). Flattened: getName() is inherited
 * from com.atlassian.user.Entity at runtime.
 */
public interface User {

    String getName();
}
