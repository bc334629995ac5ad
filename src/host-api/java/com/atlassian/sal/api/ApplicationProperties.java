package com.atlassian.sal.api;

/** Host type (reference §5.1, SAL 5.1.4): an interface. Subset the plugin calls. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
