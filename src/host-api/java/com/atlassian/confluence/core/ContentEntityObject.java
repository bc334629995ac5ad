package com.atlassian.confluence.core;

/**
 * Host type (reference §1.3): a public abstract class. Its real superclasses (EntityObject declares getId) are
 * flattened here; the JVM resolves the calls up the real hierarchy at runtime.
 */
public abstract class ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }
}
