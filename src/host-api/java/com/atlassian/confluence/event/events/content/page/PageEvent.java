package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Host type (an abstract class): declaration for compiling only, never packaged. Flattened: the real PageEvent (decompiled source, search file id 42394979574: abstract class, getPage() returns Page) extends
 * ContentEvent ... ConfluenceEvent; only what we call is declared.
 */
public abstract class PageEvent {

    /** A real constructor (deprecated in 8.7.2), declared only so that our declared subclasses compile. */
    @Deprecated
    public PageEvent(Object source, Page page) {
        throw new UnsupportedOperationException("host type");
    }

    public Page getPage() {
        throw new UnsupportedOperationException("host type");
    }
}
