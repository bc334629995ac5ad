package com.atlassian.confluence.pages;

/**
 * Host type (a class): declaration for compiling only, never packaged. Flattened: the real Page extends AbstractPage
 * ... EntityObject, which declares {@code getId()}; the JVM resolves the call up the real hierarchy.
 */
public class Page {
    public long getId() {
        throw new UnsupportedOperationException("host type");
    }
}
