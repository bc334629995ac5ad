package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Host type (an interface): declaration for compiling only, never packaged. Flattened: {@code getName()} is declared
 * by the super-interface com.atlassian.user.Entity (and java.security.Principal); interface method resolution finds
 * it there at runtime. {@code getKey()} returning SAL's UserKey: verified in Confluence's decompiled
 * {@code com/atlassian/confluence/user/ConfluenceUser} (public interface ConfluenceUser extends User, RelatableEntity).
 */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
