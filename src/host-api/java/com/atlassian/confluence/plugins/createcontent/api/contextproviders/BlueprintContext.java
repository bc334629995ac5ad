package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.Map;

/**
 * Host type (confluence-create-content-plugin): declaration for compiling only, never packaged. This stand-in keeps
 * a real map so adapter tests can use it like the host's; the host's class is used at runtime.
 */
public class BlueprintContext {
    private final Map<String, Object> map = new java.util.HashMap<>();

    public BlueprintContext() {
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    /** The host puts the title under {@code ContentPageTitle}. */
    public void setTitle(String title) {
        map.put("ContentPageTitle", title);
    }
}
