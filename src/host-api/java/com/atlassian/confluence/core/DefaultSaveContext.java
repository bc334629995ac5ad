package com.atlassian.confluence.core;

/**
 * Host type (a class implementing SaveContext). The (boolean suppressNotifications, boolean updateLastModifier,
 * boolean suppressEvents) constructor is what public plugins call: "new DefaultSaveContext(true, false, true)".
 */
public class DefaultSaveContext implements SaveContext {

    /** What create-content saves a blueprint's page with. */
    public static final SaveContext DEFAULT = new DefaultSaveContext(false, true, false);

    public DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier, boolean suppressEvents) {
    }
}
