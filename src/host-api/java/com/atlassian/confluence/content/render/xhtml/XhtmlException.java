package com.atlassian.confluence.content.render.xhtml;

/** Host type (confluence 8.7.2): the checked exception of the XHTML renderer, with its four public constructors. */
public class XhtmlException extends Exception {

    public XhtmlException() {
    }

    public XhtmlException(String message) {
        super(message);
    }

    public XhtmlException(Throwable cause) {
        super(cause);
    }

    public XhtmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
