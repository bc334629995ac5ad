package io.github.postmortems.look;

/** Chromium did not start, did not answer in time, or answered with a DevTools protocol error. */
public final class BrowserException extends RuntimeException {

    BrowserException(String message) {
        super(message);
    }

    BrowserException(String message, Throwable cause) {
        super(message, cause);
    }
}
