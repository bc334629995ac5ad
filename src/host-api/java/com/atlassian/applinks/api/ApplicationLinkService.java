package com.atlassian.applinks.api;

/** Host type (reference §5.6, applinks-api 9.1.4): an interface. Subset the plugin calls. */
public interface ApplicationLinkService {

    ApplicationLink getApplicationLink(ApplicationId id) throws TypeNotInstalledException;

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
