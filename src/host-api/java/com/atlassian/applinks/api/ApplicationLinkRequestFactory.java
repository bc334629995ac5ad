package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Host type (reference §5.6): an interface extending AuthorisationURIGenerator. */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
