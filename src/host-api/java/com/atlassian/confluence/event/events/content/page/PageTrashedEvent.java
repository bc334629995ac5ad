package com.atlassian.confluence.event.events.content.page;

/**
 * Host type (a class, not final): declaration for compiling only, never packaged. The real one extends PageEvent
 * and implements Trashed, UserDriven (marker interfaces left out; we only call the inherited getPage()). Verified in decompiled
 * Confluence source found with the search tool (file id 41994924113): "public class PageTrashedEvent extends PageEvent implements Trashed, UserDriven".
 */
public class PageTrashedEvent extends PageEvent {

    /** Not the real constructors (we never build one): private, so nothing here can create what the host would not. */
    @SuppressWarnings("deprecation")
    private PageTrashedEvent() {
        super(null, null);
    }
}
