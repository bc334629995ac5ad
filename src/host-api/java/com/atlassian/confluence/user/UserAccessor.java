package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

import java.util.List;

/**
 * Host type (host-signatures confluence.tsv, Confluence 8.7.2): Confluence's users. Subset the plugin calls.
 * Flattened: {@code getGroup(String)} is declared by the super-interface com.atlassian.confluence.user.GroupResolver
 * (also in confluence.tsv); interface method resolution finds it there at runtime.
 */
public interface UserAccessor {

    /** The user, or null when there is none with that key. */
    ConfluenceUser getUserByKey(UserKey userKey);

    /** The group with that name; null when there is none. */
    Group getGroup(String name);

    /** The usernames of the group's members. */
    List<String> getMemberNamesAsList(Group group);
}
