package com.atlassian.sal.api.net;

/** Host type (reference §5.1, SAL net): a checked exception with the four standard constructors. */
public class ResponseException extends Exception {

    public ResponseException() {
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
