package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host type (a class; host-signatures confluence.tsv). Flattened: the real one extends SpaceContentEntityObject.
 * getDownloadPath() is the path below Confluence's base URL that serves the file.
 */
public class Attachment extends ContentEntityObject {

    public String getDownloadPath() {
        throw new UnsupportedOperationException("host type");
    }
}
