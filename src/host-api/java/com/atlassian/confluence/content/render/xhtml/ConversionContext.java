package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Host type (reference §1.3): an interface; only the members the plugin calls are declared. */
public interface ConversionContext {

    /** Lower case: "preview", "display", "word", "pdf", "html_export", "feed", "email", "diff". */
    String getOutputType();

    /** "desktop" or "mobile". */
    String getOutputDeviceType();

    ContentEntityObject getEntity();

    String getSpaceKey();

    Object getProperty(String name);

    /** Shared by every macro of one render: Confluence hands them all the same context. */
    void setProperty(String name, Object value);

    /** Throws once the render of the page has used up its time budget (the host's render timeout). */
    void checkTimeout() throws XhtmlTimeoutException;
}
