package com.atlassian.event.api;

/** Host type (atlassian-event): declaration for compiling only, never packaged. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
