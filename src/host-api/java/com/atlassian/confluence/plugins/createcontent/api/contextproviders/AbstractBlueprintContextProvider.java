package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/**
 * Host type (confluence-create-content-plugin): declaration for compiling only, never packaged. The real
 * {@code getContextMap} wraps the map in a {@link BlueprintContext} and calls {@link #updateBlueprintContext}.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    /** Deprecated in the host but present; the constructor blueprint plugins use. */
    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        throw new UnsupportedOperationException("host type");
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
