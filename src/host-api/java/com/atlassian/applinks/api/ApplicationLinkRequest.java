package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/** Host type (reference §5.6): a SAL Request whose execute takes an ApplicationLinkResponseHandler. */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
