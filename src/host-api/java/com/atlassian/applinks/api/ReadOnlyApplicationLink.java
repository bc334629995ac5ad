package com.atlassian.applinks.api;

import java.net.URI;

/** Host type (reference §5.6, applinks-api 9.1.4): an interface. Subset the plugin calls. */
public interface ReadOnlyApplicationLink {

    ApplicationId getId();

    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    boolean isPrimary();

    /** OAuth as the current user; throws CredentialsRequiredException at createRequest until they authorise. */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    /** Two-legged: the link's own identity, no user, for background work. Null when the link does not allow it. */
    ApplicationLinkRequestFactory createNonImpersonatingAuthenticatedRequestFactory();
}
