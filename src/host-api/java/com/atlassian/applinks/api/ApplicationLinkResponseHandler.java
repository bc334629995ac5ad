package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/** Host type (reference §5.6): called instead of handle() when the linked application asks for credentials. */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
