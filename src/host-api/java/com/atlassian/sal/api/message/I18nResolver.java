package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Host type (reference §5.1, SAL 5.1.4): texts in the current user's language. Subset the plugin calls. */
public interface I18nResolver {

    String getRawText(String key);

    String getText(String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key, Serializable... arguments);
}
