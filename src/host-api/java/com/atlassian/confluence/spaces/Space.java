package com.atlassian.confluence.spaces;

/**
 * Host type (a class): declaration for compiling only, never packaged. Verified in public plugin sources, e.g. a
 * content-by-label style macro: {@code Space space = this.spaceManager.getSpace(spaceKey); space.getKey()}.
 */
public class Space {

    public String getKey() {
        throw new UnsupportedOperationException("host type");
    }

    /** The space's home page, or null (host-signatures confluence.tsv). */
    public com.atlassian.confluence.pages.Page getHomePage() {
        throw new UnsupportedOperationException("host type");
    }
}
