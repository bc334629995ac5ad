package com.atlassian.sal.api.pluginsettings;

/** Host type (reference §5.1): values are String, List&lt;String&gt;, Map&lt;String,String&gt; or Properties. */
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
