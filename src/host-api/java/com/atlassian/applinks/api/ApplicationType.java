package com.atlassian.applinks.api;

/** Host type (reference §5.6): an interface; marker of a linked application's kind. */
public interface ApplicationType {
}
