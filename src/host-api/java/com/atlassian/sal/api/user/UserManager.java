package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/** Host type (reference §5.1, SAL 5.1.4). Subset the plugin calls. */
public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    /** Reference §5.1: the request's user (javax.servlet in SAL 5 / Confluence 9; jakarta in SAL 6). */
    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    /** Reference §5.1: the UserKey overload (the String one is deprecated). */
    boolean isSystemAdmin(UserKey userKey);

    /** Reference §5.1: the UserKey overload (the String one is deprecated). */
    boolean isAdmin(UserKey userKey);

    /** sal.tsv: the UserKey overload (the String one is deprecated); abstract. */
    boolean isUserInGroup(UserKey userKey, String group);
}
