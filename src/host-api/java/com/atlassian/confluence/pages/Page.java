package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host type (a class): declaration for compiling only, never packaged. Flattened: the real Page extends AbstractPage
 * and SpaceContentEntityObject on the way to ContentEntityObject (reference §1.3); the JVM resolves inherited calls
 * up the real hierarchy. getSpaceKey() is SpaceContentEntityObject's, getUrlPath() AbstractPage's (reference §1.3).
 */
public class Page extends ContentEntityObject {

    public String getSpaceKey() {
        throw new UnsupportedOperationException("host type");
    }

    public String getUrlPath() {
        throw new UnsupportedOperationException("host type");
    }
}
