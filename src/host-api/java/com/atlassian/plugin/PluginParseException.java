package com.atlassian.plugin;

/** Host type (atlassian-plugins-api): declaration for compiling only, never packaged. */
public class PluginParseException extends PluginException {
    public PluginParseException(String message) {
        super(message);
    }
}
