package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;

/** Text values in SAL's plugin settings, as both of the app's settings stores keep them. */
final class SettingsValues {

    private SettingsValues() {
    }

    /** Empty values are removed rather than stored: SAL implementations differ on storing "". */
    static void put(PluginSettings settings, String key, String value) {
        if (value == null || value.isEmpty()) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    /** The stored text, stripped; "" for nothing stored or a value that is not text. */
    static String string(PluginSettings settings, String key) {
        Object value = settings.get(key);
        return value instanceof String text ? text.strip() : "";
    }
}
