package com.atlassian.sal.api.net;

/** Host type (reference §5.1, SAL net): a generic interface with the nested MethodType enum. Subset we call. */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody, String contentType);

    T addHeader(String headerName, String headerValue);

    enum MethodType { GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH }
}
