package io.github.postmortems.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

import java.util.HashMap;
import java.util.Map;

/**
 * The context of one page view as Confluence hands it to every macro of the render: the page, "display", and
 * properties kept for that render only. A plain object, so making one per measured view costs next to nothing.
 */
final class OneRender implements ConversionContext {

    private final ContentEntityObject page;
    private final Map<String, Object> properties = new HashMap<>();

    OneRender(ContentEntityObject page) {
        this.page = page;
    }

    @Override
    public String getOutputType() {
        return "display";
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public ContentEntityObject getEntity() {
        return page;
    }

    @Override
    public String getSpaceKey() {
        return "OPS";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public void checkTimeout() {
        // a benchmark's render has no time budget
    }
}
