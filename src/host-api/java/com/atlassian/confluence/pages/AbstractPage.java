package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

/**
 * Host type (an abstract class; host-signatures confluence.tsv), the common ancestor of pages and blog posts.
 * Flattened: the real one extends SpaceContentEntityObject, which declares getSpaceKey(), getSpace() and setSpace(Space); getUrlPath() is its own.
 */
public abstract class AbstractPage extends ContentEntityObject {

    public String getSpaceKey() {
        throw new UnsupportedOperationException("host type");
    }

    public Space getSpace() {
        throw new UnsupportedOperationException("host type");
    }

    public void setSpace(Space space) {
        throw new UnsupportedOperationException("host type");
    }

    public String getUrlPath() {
        throw new UnsupportedOperationException("host type");
    }
}
