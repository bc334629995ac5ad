package io.github.postmortems.confluence.support;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the plugin's templates the way Confluence's template renderer does: Velocity 1.x, templates from the
 * plugin's class path, and every {@code $reference} HTML-escaped unless the host's rules say it is already HTML
 * (reference §6): a scalar whose name ends in "html", or a method whose name ends in "Html" or starts with
 * "render"/"getRender". Strict references: a misspelt name fails the test instead of printing "$foo".
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplateRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        properties.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        // Parsed templates are kept, as the host's renderer keeps them; Velocity 1.x re-parses on every render otherwise.
        properties.setProperty("classpath.resource.loader.cache", "true");
        properties.setProperty("classpath.resource.loader.modificationCheckInterval", "-1");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        try {
            engine.init(properties);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityContext velocity = new VelocityContext();
        context.forEach(velocity::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HostEscaping());
        cartridge.attachToContext(velocity);
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(velocity, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName, e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("the plugin renders files, not fragments");
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    public String render(String templateName, Map<String, Object> context) {
        StringWriter writer = new StringWriter();
        try {
            render(templateName, context, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return writer.toString();
    }

    /** The host's escaping decision for one reference as written in the template. */
    public static boolean escapes(String reference) {
        String name = reference.replaceAll("[$!{}]", "");
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            String lower = name.toLowerCase(Locale.ROOT);
            return !(lower.endsWith("html") || name.equals("xHtmlContent") || name.equals("body") || name.equals("head"));
        }
        String member = name.substring(dot + 1);
        int paren = member.indexOf('(');
        String method = paren < 0 ? "get" + Character.toUpperCase(member.charAt(0)) + member.substring(1)
                : member.substring(0, paren);
        return !(method.endsWith("Html") || method.startsWith("render") || method.startsWith("getRender"));
    }

    private static final class HostEscaping implements ReferenceInsertionEventHandler {
        /** The decision depends only on the reference as written, so it is made once per reference, not per insert. */
        private static final Map<String, Boolean> DECISIONS = new ConcurrentHashMap<>();

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || !DECISIONS.computeIfAbsent(reference, VelocityTemplateRenderer::escapes)) {
                return value;
            }
            return escape(value.toString());
        }
    }

    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && "<>&\"'".indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
