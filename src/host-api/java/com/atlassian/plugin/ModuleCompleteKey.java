package com.atlassian.plugin;

/**
 * Host type (atlassian-plugins-api, a final class): declaration for compiling only, never packaged. Keeps its two
 * parts so adapter tests can build one; the host's class is used at runtime.
 */
public final class ModuleCompleteKey {
    private final String pluginKey;
    private final String moduleKey;

    public ModuleCompleteKey(String pluginKey, String moduleKey) {
        this.pluginKey = pluginKey;
        this.moduleKey = moduleKey;
    }

    public String getPluginKey() {
        return pluginKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }
}
