package io.github.postmortems.automation;

import io.github.postmortems.blueprint.StorageMarkup;
import io.github.postmortems.text.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The blueprint's page template ({@code templates/postmortem-page.xml}) filled the way Confluence fills it when the
 * Create dialog makes the page: {@code at:var} values as escaped text, those marked {@code at:rawxhtml="true"} as
 * the markup {@link io.github.postmortems.blueprint.PostmortemPage} built, {@code at:i18n} as the text in the
 * creator's language. The template is ours (read from the jar), scanned once, left to right.
 */
public final class PostmortemTemplate {

    public static final String PAGE = "/templates/postmortem-page.xml";
    /** The space's "Postmortems" index page, the blueprint's index template. */
    public static final String INDEX = "/templates/postmortem-index.xml";
    private static final String OPEN = "<at:";

    private final String template;

    public PostmortemTemplate(String template) {
        this.template = template;
    }

    public static PostmortemTemplate page() {
        return read(PAGE);
    }

    public static PostmortemTemplate index() {
        return read(INDEX);
    }

    private static PostmortemTemplate read(String resource) {
        try (InputStream in = PostmortemTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new PostmortemTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's storage. A variable the map lacks is inserted as nothing, as a template variable without a value
     * is; {@link #variableNames()} lets a test make sure none is missing.
     */
    public String render(Map<String, String> variables, Messages messages) {
        StringBuilder out = new StringBuilder(template.length() + 2_048);
        int at = 0;
        while (true) {
            int open = template.indexOf(OPEN, at);
            if (open < 0) {
                out.append(template, at, template.length());
                return out.toString();
            }
            out.append(template, at, open);
            Element element = element(open);
            if (element.name().equals("var")) {
                String value = variables.getOrDefault(element.attribute("at:name"), "");
                out.append("true".equals(element.attribute("at:rawxhtml")) ? value : StorageMarkup.escape(value));
            } else if (element.name().equals("i18n")) {
                out.append(StorageMarkup.escape(messages.text(element.attribute("at:key"))));
            } else {
                throw new IllegalStateException("template element at:" + element.name() + " is not supported");
            }
            at = element.end();
        }
    }

    /** The names of the template's variables, in order of first use. */
    public Set<String> variableNames() {
        Set<String> names = new LinkedHashSet<>();
        for (int open = template.indexOf(OPEN); open >= 0; open = template.indexOf(OPEN, open + 1)) {
            Element element = element(open);
            if (element.name().equals("var")) {
                names.add(element.attribute("at:name"));
            }
        }
        return names;
    }

    /** A self-closing {@code <at:name a="v" ... />} starting at {@code open}. */
    private Element element(int open) {
        int close = template.indexOf("/>", open);
        if (close < 0) {
            throw new IllegalStateException("unclosed template element at " + open);
        }
        String inside = template.substring(open + OPEN.length(), close);
        int space = inside.indexOf(' ');
        String name = space < 0 ? inside.strip() : inside.substring(0, space);
        return new Element(name, space < 0 ? "" : inside.substring(space), close + 2);
    }

    private record Element(String name, String attributes, int end) {

        String attribute(String attribute) {
            String marker = attribute + "=\"";
            int from = attributes.indexOf(marker);
            if (from < 0) {
                return null;
            }
            int start = from + marker.length();
            return attributes.substring(start, attributes.indexOf('"', start));
        }
    }
}
