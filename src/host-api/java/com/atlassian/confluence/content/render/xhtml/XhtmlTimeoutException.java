package com.atlassian.confluence.content.render.xhtml;

/**
 * Host type (confluence 8.7.2): what {@link ConversionContext#checkTimeout()} throws once the render's time budget is
 * spent. Only the host makes one (its factories take a Timeout the plugin does not use): no public constructor.
 */
public class XhtmlTimeoutException extends XhtmlException {

    private XhtmlTimeoutException() {
    }
}
