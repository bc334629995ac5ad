package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/** Host type (host-signatures sal.tsv, SAL 5.1.4): a user's and the application's language. Subset the plugin calls. */
public interface LocaleResolver {

    /** The user's chosen language, else the application's. */
    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();
}
