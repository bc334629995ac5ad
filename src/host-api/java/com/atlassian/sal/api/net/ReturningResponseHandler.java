package com.atlassian.sal.api.net;

/** Host type (reference §5.1, SAL net): an interface. */
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
