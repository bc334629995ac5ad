package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Host type (host-signatures confluence.tsv, Confluence 8.7.2): Confluence's users. Subset the plugin calls. */
public interface UserAccessor {

    /** The user, or null when there is none with that key. */
    ConfluenceUser getUserByKey(UserKey userKey);
}
