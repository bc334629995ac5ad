package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Labelable;

/**
 * Host type (reference §1.3): a public abstract class. Its real superclasses (EntityObject declares getId) are
 * flattened here; the JVM resolves the calls up the real hierarchy at runtime.
 */
public abstract class ContentEntityObject implements Labelable {

    /** The real constructor is protected; a public implicit one would let code build what the host cannot. */
    protected ContentEntityObject() {
    }

    public long getId() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    public void setTitle(String title) {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    /** Verified: Confluence's decompiled AbstractContentEntityManager and public plugins call it on the page to save. */
    public void setBodyAsString(String body) {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    /** Verified: AbstractContentEntityManager.saveNewVersion clears it ("") before calling the Modification. */
    public void setVersionComment(String comment) {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    /** Recorded on ContentEntityObject: the content's status is "current" (not trashed, not a draft). */
    public boolean isCurrent() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    /** Recorded on AbstractVersionedEntityObject (flattened here): the version number, advanced by every save. */
    public int getVersion() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }

    /** Recorded on AbstractVersionedEntityObject (flattened here): false for every historical version of a page. */
    public boolean isLatestVersion() {
        throw new UnsupportedOperationException("host type: supplied by Confluence");
    }
}
