package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host type (an interface; host-signatures confluence.tsv). getAttachment(ContentEntityObject, String) is deprecated
 * in 8.7.2 with no replacement on this interface; Confluence's bundled macros look attachments up by page and name.
 */
public interface AttachmentManager {

    /** The latest version of the file of that name attached to the content, or null. */
    Attachment getAttachment(ContentEntityObject content, String fileName);
}
