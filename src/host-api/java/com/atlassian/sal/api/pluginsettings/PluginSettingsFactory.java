package com.atlassian.sal.api.pluginsettings;

/** Host type (reference §5.1, SAL 5.1.4): an interface. */
public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
