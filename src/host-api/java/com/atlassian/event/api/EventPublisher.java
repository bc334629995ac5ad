package com.atlassian.event.api;

/** Host type (atlassian-event): declaration for compiling only, never packaged. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
