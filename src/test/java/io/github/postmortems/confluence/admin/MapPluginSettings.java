package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;
import java.util.TreeMap;

/** SAL's global plugin settings in memory, holding what it is given as the host does (no "" values). */
final class MapPluginSettings implements PluginSettings, PluginSettingsFactory {

    final Map<String, Object> values = new TreeMap<>();

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("SAL stores Strings, lists, maps and Properties; the store uses Strings: " + value);
        }
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }

    /** Settings per key (a space's), each its own map, as Confluence keeps a space's apart from the site's. */
    final Map<String, MapPluginSettings> byKey = new TreeMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        if (key == null) {
            return this;
        }
        if (key.startsWith("NOSPACE")) {
            throw new IllegalArgumentException("No space with key " + key); // as Confluence refuses unknown spaces
        }
        return byKey.computeIfAbsent(key, k -> new MapPluginSettings());
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }
}
