package com.atlassian.confluence.plugins.createcontent.api.events;

/** Host type (the event to listen to): declaration for compiling only, never packaged. */
@SuppressWarnings("deprecation")
public class BlueprintPageCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.BlueprintPageCreateEvent {
}
