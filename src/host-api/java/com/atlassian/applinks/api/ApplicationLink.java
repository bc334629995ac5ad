package com.atlassian.applinks.api;

/** Host type (reference §5.6): an interface. */
public interface ApplicationLink extends ReadOnlyApplicationLink, PropertySet {
}
