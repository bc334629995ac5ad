package com.atlassian.applinks.api;

/** Host type (reference §5.6: ApplicationLink extends ReadOnlyApplicationLink, PropertySet): an interface. */
public interface PropertySet {
}
