package com.atlassian.plugin;

/** Host type (atlassian-plugins-api): declaration for compiling only, never packaged. */
public class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }
}
