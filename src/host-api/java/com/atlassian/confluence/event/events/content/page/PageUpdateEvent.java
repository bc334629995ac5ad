package com.atlassian.confluence.event.events.content.page;

/**
 * Host type (a class, not final): declaration for compiling only, never packaged. The real one extends PageEvent
 * and implements Edited, ConfluenceEntityUpdated, NotificationEnabledEvent (marker interfaces left out; we only call the inherited getPage()). Verified in decompiled
 * Confluence source found with the search tool (file id 42076964274): "public class PageUpdateEvent extends PageEvent implements Edited, ConfluenceEntityUpdated, NotificationEnabledEvent".
 */
public class PageUpdateEvent extends PageEvent {
}
