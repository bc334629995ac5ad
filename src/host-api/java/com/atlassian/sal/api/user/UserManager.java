package com.atlassian.sal.api.user;

/** Host type (reference §5.1, SAL 5.1.4). Subset the plugin calls. */
public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);
}
