package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

/** Host type (reference §5.1, SAL net): an interface. */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    String getHeader(String name);

    Map<String, String> getHeaders();
}
